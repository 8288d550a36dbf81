-- Settings registry (SPEC intro: every number of the seeds is a per-property setting) and the time a
-- case was received (S1/S4: a complaint logged late is timed from when it was received).
--
-- 1. Settings keep their shape (a key of the registry is its path in properties.settings); two
--    overrides move to the registry's keys: caseSla.warnRatio (a share, 0.8) becomes
--    caseSla.warnPercent (80), meetings.checkOffsets ([120, 60, 30]) becomes
--    meetings.checks.level{1,2,3}Minutes. Lead times the seed copied from the defaults stop counting
--    as overrides (only what an administrator changed is stored).
update properties
  set settings = jsonb_set(settings #- '{caseSla,warnRatio}', '{caseSla,warnPercent}',
                           to_jsonb(round((settings #>> '{caseSla,warnRatio}')::numeric * 100)))
  where jsonb_typeof(settings #> '{caseSla,warnRatio}') = 'number';
update properties
  set settings = jsonb_set(settings #- '{meetings,checkOffsets}', '{meetings,checks}',
                           jsonb_strip_nulls(jsonb_build_object(
                             'level1Minutes', settings #> '{meetings,checkOffsets,0}',
                             'level2Minutes', settings #> '{meetings,checkOffsets,1}',
                             'level3Minutes', settings #> '{meetings,checkOffsets,2}')))
  where jsonb_typeof(settings #> '{meetings,checkOffsets}') = 'array';
update properties set settings = settings #- '{leadTimes,A}' where settings #> '{leadTimes,A}' = '{"value": 1, "unit": "hours"}'::jsonb;
update properties set settings = settings #- '{leadTimes,B}' where settings #> '{leadTimes,B}' = '{"value": 4, "unit": "working_hours"}'::jsonb;
update properties set settings = settings #- '{leadTimes,C}' where settings #> '{leadTimes,C}' = '{"value": 1, "unit": "working_days"}'::jsonb;
update properties set settings = settings - 'leadTimes' where settings -> 'leadTimes' = '{}'::jsonb;

-- 2. cases.received_at: when the case was received (equal to created_at for every case so far).
alter table cases add column received_at timestamptz;
update cases set received_at = created_at;
alter table cases alter column received_at set not null;
