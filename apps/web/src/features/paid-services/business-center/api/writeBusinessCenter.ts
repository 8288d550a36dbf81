import type {
  BcFaxIn,
  BcFaxSituation,
  BcHandover,
  BcPayment,
  BcPriceList,
  BcPrices,
  BcReport,
  BcReportKind,
  BcSlip,
  BcSlipDetailsInput,
} from '@hy/contracts';
import { api } from '../../../../lib/api';

export const createSlip = (v: {
  propertyId: string | null;
  organizationId: string | null;
  customerName: string;
  details: BcSlipDetailsInput;
}) => api.post<BcSlip>('/business-center/slips', v);
export const finishSlip = (id: string) => api.post<BcSlip>(`/business-center/slips/${id}/finish`, {});
export const signSlip = (v: { id: string; signerName: string; signatureId: string; payment: BcPayment }) =>
  api.post<BcSlip>(`/business-center/slips/${v.id}/sign`, { signerName: v.signerName, signatureId: v.signatureId, payment: v.payment });
export const handOverSlip = (v: { id: string; handover: BcHandover }) =>
  api.post<BcSlip>(`/business-center/slips/${v.id}/handover`, v.handover);
export const takeOverSlip = (id: string) => api.post<BcSlip>(`/business-center/slips/${id}/take-over`);
export const voidSlip = (v: { id: string; reason: string; signatureId: string }) =>
  api.post<BcSlip>(`/business-center/slips/${v.id}/void`, { reason: v.reason, signatureId: v.signatureId });

export const receiveFax = (v: {
  propertyId: string | null;
  recipientName: string | null;
  unitText: string | null;
  organizationId: string | null;
  pages: number;
  sender: string | null;
  situation: BcFaxSituation;
}) => api.post<BcFaxIn>('/business-center/faxes', v);
export const faxPhoned = (v: { id: string; whom: string }) => api.post<BcFaxIn>(`/business-center/faxes/${v.id}/phoned`, { whom: v.whom });
export const faxNoticeLeft = (id: string) => api.post<BcFaxIn>(`/business-center/faxes/${id}/notice`);
export const faxFound = (v: { id: string; recipientName: string; unitText: string | null; organizationId: string | null }) =>
  api.post<BcFaxIn>(`/business-center/faxes/${v.id}/found`, {
    recipientName: v.recipientName,
    unitText: v.unitText,
    organizationId: v.organizationId,
  });
export const faxCollect = (v: { id: string; signerName: string; signatureId: string }) =>
  api.post<BcFaxIn>(`/business-center/faxes/${v.id}/collect`, { signerName: v.signerName, signatureId: v.signatureId });

export const reportSuspicious = (v: { propertyId: string | null; kind: BcReportKind; description: string }) =>
  api.post<BcReport>('/business-center/reports', v);
export const savePrices = (v: { propertyId: string | null; prices: BcPrices }) => api.put<BcPriceList>('/business-center/prices', v);
