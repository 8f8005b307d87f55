// Customer-base models for lifetime value: BG/NBD and MBG/NBD purchases, Gamma-Gamma spend, discounted value.
// Pure and dependency-free; README.md beside this file says what each function follows and why it is written here.
export type { BgFit, BgFitOptions, BgParams, ClvModel } from './bgnbd';
export { bgLogLikelihood, defaultStarts, expectedPurchases, expectedPurchasesNew, fitBg, pAlive } from './bgnbd';
export type { ClvInput, CustomerRows } from './customers';
export { collectCustomers, isValidCustomer } from './customers';
export type { GammaGammaFit, GammaGammaParams } from './gammaGamma';
export { expectedSpend, fitGammaGamma } from './gammaGamma';
export type { ValueOptions } from './lifetimeValue';
export { DAYS_PER_MONTH, discountedPurchases, lifetimeValue, monthlyDiscountRate, WEEKS_PER_MONTH } from './lifetimeValue';
export type { NotReadyReason, Readiness, SpendInput, SpendReadiness } from './readiness';
export { fitReadiness, MIN_CUSTOMERS, MIN_REPEAT_BUYERS, MIN_SPEND_BUYERS, NotEnoughDataError, spendReadiness } from './readiness';
