/** A tenant company's visits (shown in its file). */
export function VisitsOfTenant({ organizationId }: { organizationId: string }) {
  void organizationId;
  return null;
}
