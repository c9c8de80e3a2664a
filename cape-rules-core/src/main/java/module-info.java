/**
 * The cape-rules core: the CAPE domain, CBP date arithmetic, versioned CAPE policies, the
 * eligibility engine, importer refund readiness and refund forecasts.
 *
 * <p>Its one runtime dependency is JSpecify's nullness annotations, which consumers read
 * transitively; the Immutables annotations are needed at compile time only.
 */
module org.caperules.core {
  requires transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports org.caperules.core;
  exports org.caperules.core.date;
  exports org.caperules.core.eligibility;
  exports org.caperules.core.forecast;
  exports org.caperules.core.readiness;
  exports org.caperules.core.result;
  exports org.caperules.core.rule;
  exports org.caperules.core.screening;
}
