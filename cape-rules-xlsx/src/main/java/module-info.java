/** Reading ACE ES-003 exports saved as Excel .xlsx workbooks. */
module org.caperules.xlsx {
  requires transitive org.caperules.csv;
  requires org.dhatim.fastexcel.reader;
  requires transitive org.jspecify;

  exports org.caperules.xlsx;
}
