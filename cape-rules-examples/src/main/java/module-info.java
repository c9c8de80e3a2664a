/** The cape-rules command line and runnable examples. Not an API. */
module org.caperules.examples {
  requires org.caperules.csv;
  requires static transitive org.jspecify;
}
