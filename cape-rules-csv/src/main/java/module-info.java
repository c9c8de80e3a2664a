/** Reading ACE ES-003 exports and writing CAPE declaration files and screening reports. */
@SuppressWarnings("module") // org.caperules.xlsx is built after this module
module org.caperules.csv {
  requires transitive org.caperules.core;
  requires de.siegmar.fastcsv;
  requires transitive org.jspecify;

  exports org.caperules.csv;
  exports org.caperules.csv.declaration;
  exports org.caperules.csv.es003;
  exports org.caperules.csv.report;
  exports org.caperules.csv.result;
  // The ES-003 assembler and header, for the .xlsx reader: not an API.
  exports org.caperules.csv.internal to org.caperules.xlsx;
}
