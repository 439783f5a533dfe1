/** One line of a disclosures file: `from` sends `to` the records on a day of June 2024, in Chicago's time. */
export const disclosureLine = (id: string, day: string, from: string, to: string, recordIds: readonly string[]) =>
  JSON.stringify({
    id,
    at: `2024-06-${day}T09:00:00-05:00`,
    fromPartyId: from,
    toPartyId: to,
    purpose: 'feed',
    channel: 'API_QUERY',
    records: recordIds.map((recordId) => ({ recordId })),
  });
