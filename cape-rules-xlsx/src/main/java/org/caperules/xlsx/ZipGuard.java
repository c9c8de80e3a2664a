package org.caperules.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * Inflates every part of a zip once, counting real bytes, and says which {@link ZipLimits} it
 * breaks, if any. Package-private: used by {@link Es003WorkbookReader}.
 */
final class ZipGuard {

  private ZipGuard() {}

  /**
   * Checks a zip against the limits.
   *
   * @return null if the zip keeps the limits, else why not
   * @throws IOException if the zip cannot be read (corrupt, truncated)
   */
  static @Nullable String check(Path file, ZipLimits limits) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (zip.size() > limits.maxParts()) {
        return "it has " + zip.size() + " parts, more than the limit of " + limits.maxParts();
      }
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (entry.isDirectory()) {
          continue;
        }
        long compressed = Math.max(1, entry.getCompressedSize());
        long inflated = 0;
        try (InputStream in = zip.getInputStream(entry)) {
          for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            inflated += n;
            if (inflated > limits.maxPartBytes()) {
              return "part '" + entry.getName() + "' inflates to more than "
                  + limits.maxPartBytes() + " bytes";
            }
            if (inflated > ZipLimits.RATIO_GRACE_BYTES
                && inflated / compressed > limits.maxCompressionRatio()) {
              return "part '" + entry.getName() + "' inflates to more than "
                  + limits.maxCompressionRatio() + " times its compressed size";
            }
          }
        }
      }
    }
    return null;
  }
}
