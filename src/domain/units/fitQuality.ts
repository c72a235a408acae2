/**
 * Fit-quality quantities: columns an ellipsometer or reflectometer fit reports beside the
 * measured ones (GOF, MSE, χ², R²). They say how well the model fitted, not what was measured,
 * so the app never picks them as the property to show when a measured one is there.
 */

/** The names a fit-quality column goes by (the vocabulary's `gof` and `mse` among them). */
const FIT_QUALITY = /^(?:gof|goodness of fit|mse|rmse|chi ?2|chi-?square[d]?|χ²|χ2|r2|r²|r\^2)$/i;

/** True for a fit-quality property name such as `GOF`, `gof`, `MSE` or `χ²` (surrounding blanks ignored). */
export function isFitQualityName(name: string): boolean {
  return FIT_QUALITY.test(name.trim());
}
