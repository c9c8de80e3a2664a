/**
 * The cape-rules test kit: seeded generators of entry numbers, importer numbers, entries and
 * portfolios, and boundary catalogues of the CAPE rules, for users' own test suites.
 *
 * <p>Framework-neutral: the API is plain {@code Supplier}, {@code Stream} and {@code List}, and
 * the module needs no test framework at run time. Use it in test scope.
 */
module org.caperules.testkit {
  requires transitive org.caperules.core;
  requires transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports org.caperules.testkit;
}
