/**
 * Contract KPI tracking: contracts carry commitments (KPIs), suppliers and contract managers submit
 * periodic returns with evidence, buyers validate or reject them, and progress, ratings and
 * monetised value are computed from quantities kept per commitment and period as returns are
 * written, never by scanning returns. Value comes from the framework context's valuation engine,
 * the same code that values bids.
 */
package uk.svkit.api.tracking;
