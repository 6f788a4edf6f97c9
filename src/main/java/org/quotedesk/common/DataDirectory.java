package org.quotedesk.common;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The data directory: readable by QuoteDesk's own user only, since it holds the database, the
 * session key and the first admin's password. Says where it is, so that an operator knows what to
 * back up.
 */
@ApplicationScoped
public class DataDirectory {

    private static final Logger LOG = Logger.getLogger(DataDirectory.class);
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    void announce(@Observes StartupEvent event, QuoteDeskConfig config) {
        secure(config.dataDir());
        LOG.infof("QuoteDesk data directory: %s", config.dataDir().toAbsolutePath().normalize());
    }

    /** Creates the directory for its owner only, or takes others' access away from it. */
    public static void secure(Path dir) {
        try {
            Files.createDirectories(dir);
            if (posix(dir) && !Files.getPosixFilePermissions(dir).equals(OWNER_ONLY_DIRECTORY)) {
                Files.setPosixFilePermissions(dir, OWNER_ONLY_DIRECTORY);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the data directory " + dir, e);
        }
    }

    /**
     * A secret kept in a file readable by its owner only ({@code <data-dir>/secrets/<name>}): read,
     * or written with the given value when it does not exist yet. The file appears whole, by a
     * link, so that two instances starting at once agree on one value.
     */
    public static String secret(Path dataDir, String name, String valueIfNew) {
        Path file = secretsOf(dataDir).resolve(name);
        try {
            if (!Files.exists(file)) {
                Path written = written(file, valueIfNew);
                try {
                    Files.createLink(file, written);
                } catch (FileAlreadyExistsException someoneWasFirst) {
                    LOG.debugf("%s was written meanwhile", file);
                } finally {
                    Files.delete(written);
                }
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the secret in " + file, e);
        }
    }

    /** Writes a secret over any earlier one, readable by its owner only; returns its file. */
    public static Path replaceSecret(Path dataDir, String name, String value) {
        Path file = secretsOf(dataDir).resolve(name);
        try {
            Files.move(written(file, value), file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the secret " + file, e);
        }
    }

    private static Path secretsOf(Path dataDir) {
        secure(dataDir);
        Path dir = dataDir.resolve("secrets");
        secure(dir);
        return dir;
    }

    /** The value in a new owner-only file beside {@code file}. */
    private static Path written(Path file, String value) throws IOException {
        Path temp = posix(file.getParent())
                ? Files.createTempFile(file.getParent(), ".new-", "", PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE))
                : Files.createTempFile(file.getParent(), ".new-", "");
        Files.writeString(temp, value + "\n");
        return temp;
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
