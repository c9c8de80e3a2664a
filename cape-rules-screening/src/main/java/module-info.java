/**
 * A whole CAPE screening run over ACE ES-003 files, as {@code cape-rules screen} does it, for an
 * application that wants the same outputs without the command line: {@link
 * org.caperules.screening.ScreeningRun}.
 */
module org.caperules.screening {
  requires transitive org.caperules.csv;
  requires transitive org.caperules.xlsx;
  requires transitive org.jspecify;

  exports org.caperules.screening;
}
