import type { Quote, QuoteStatus } from './crmEntities';

/** Derived: 'accepted' once it became an order, 'expired' from the day after its last valid day, else 'sent'. */
export function quoteStatus(quote: Quote, today: string): QuoteStatus {
  if (quote.orderId) return 'accepted';
  return today > quote.validUntil ? 'expired' : 'sent';
}
