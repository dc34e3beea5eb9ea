package uk.svkit.embedded;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** The embedded database's generated password, kept in a file only its owner can read. */
final class Secrets {
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]{20,100}");

  private Secrets() {}

  static String loadOrCreate(Path file) throws IOException {
    if (Files.exists(file)) {
      return Files.readString(file).trim();
    }
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    // Written whole under a temporary name, then moved, so a crash never leaves half a password.
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    Files.deleteIfExists(temporary);
    try {
      Files.createFile(
          temporary,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(temporary); // not a POSIX file system (Windows): the directory's ACL applies
    } catch (FileAlreadyExistsException e) {
      throw new IOException("Could not create " + temporary, e);
    }
    Files.writeString(temporary, secret);
    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    return secret;
  }

  /** Whether the password can be written into SQL as a literal (ALTER ROLE takes no parameters). */
  static boolean isSafeLiteral(String secret) {
    return SAFE.matcher(secret).matches();
  }
}
