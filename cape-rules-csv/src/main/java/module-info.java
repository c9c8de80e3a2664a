/** Reading ACE ES-003 exports and writing CAPE declaration files and screening reports. */
module org.caperules.csv {
  requires transitive org.caperules.core;
  requires de.siegmar.fastcsv;
  requires transitive org.jspecify;

  exports org.caperules.csv;
}
