/*
 * Copyright 2026 The cape-rules authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
/** Reading ACE ES-003 exports saved as Excel .xlsx workbooks. */
@SuppressWarnings("module") // org.caperules.es003: the name is the format's, ACE report ES-003
module org.caperules.xlsx {
  requires transitive org.caperules.es003;
  requires com.fasterxml.aalto;
  requires java.xml;
  requires org.apache.commons.compress;
  requires org.dhatim.fastexcel.reader;
  requires transitive org.jspecify;

  exports org.caperules.xlsx;
}
