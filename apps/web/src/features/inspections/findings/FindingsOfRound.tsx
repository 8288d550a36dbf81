/** The findings raised on one round (shown on the round's page). */
export function FindingsOfRound({ roundId }: { roundId: string }) {
  void roundId;
  return null;
}
