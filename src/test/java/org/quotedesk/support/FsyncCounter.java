package org.quotedesk.support;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code jdbc:h2:fsynccount:…}) that counts the times each file is forced to the
 * disk (fsync), for the tests that a write is on the disk when it is acknowledged.
 */
public class FsyncCounter extends FilePathWrapper {

    private static final Map<String, AtomicInteger> FORCES = new ConcurrentHashMap<>();

    /** Makes the file system known to H2: before the database is opened. */
    public static void register() {
        FilePath.register(new FsyncCounter());
    }

    /** How many times files whose name ends so were forced to the disk. */
    public static int forces(String nameSuffix) {
        return FORCES.entrySet().stream().filter(e -> e.getKey().endsWith(nameSuffix))
                .mapToInt(e -> e.getValue().get()).sum();
    }

    @Override
    public String getScheme() {
        return "fsynccount";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Counting(getBase().open(mode), FORCES.computeIfAbsent(getBase().toString(),
                name -> new AtomicInteger()));
    }

    private static final class Counting extends FileBase {
        private final FileChannel channel;
        private final AtomicInteger forces;

        Counting(FileChannel channel, AtomicInteger forces) {
            this.channel = channel;
            this.forces = forces;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            forces.incrementAndGet();
            channel.force(metaData);
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return channel.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return channel.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            return channel.write(src);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            return channel.write(src, position);
        }

        @Override
        public long position() throws IOException {
            return channel.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            channel.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return channel.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            channel.truncate(size);
            return this;
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return channel.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            channel.close();
        }
    }
}
