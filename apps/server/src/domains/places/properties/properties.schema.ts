import { z } from 'zod';
import { optText, reqText, hhmm, pageQuery } from '../../../lib/http.ts';
import { code } from '../resource/resource.schema.ts';
import { isIanaTimeZone } from './properties.rules.ts';

const timeZone = z.string().max(64).refine(isIanaTimeZone, 'IANA time zone, e.g. Asia/Shanghai');

const propertyFields = {
  name: reqText(100),
  address: optText(200),
  timeZone,
  workStart: hhmm,
  workEnd: hhmm,
};
export const propertyCreate = z
  .object({
    code,
    ...propertyFields,
    timeZone: timeZone.default('Asia/Shanghai'),
    workStart: hhmm.default('08:30'),
    workEnd: hhmm.default('17:30'),
  })
  .strict();
export const propertyPatch = z.object(propertyFields).partial().strict();

export const propertyQuery = z.object(pageQuery);

export type PropertyCreate = z.infer<typeof propertyCreate>;
export type PropertyPatch = z.infer<typeof propertyPatch>;
