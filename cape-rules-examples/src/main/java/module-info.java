/**
 * The cape-rules command line ({@code cape-rules}), runnable examples of the library, one class
 * per task, and the synthetic ES-003 sample data. Not an API.
 */
module org.caperules.examples {
  requires org.caperules.csv;
  requires org.caperules.xlsx;
  requires org.caperules.screening;
  requires de.siegmar.fastcsv;
  requires info.picocli;
  requires transitive org.jspecify;

  // picocli reads the annotated command classes by reflection.
  opens org.caperules.examples.cli to info.picocli;
}
