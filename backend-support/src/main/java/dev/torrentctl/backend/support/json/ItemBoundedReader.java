package dev.torrentctl.backend.support.json;

import dev.torrentctl.backend.support.http.LimitExceededException;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A list's text, read with a bound on each item: the list reader calls {@link #itemStarts()} before
 * each item, and an item (one huge string, say) that runs past {@code maxItemChars} fails with a
 * {@link LimitExceededException} while it is being read, before it can fill the heap. The bound is
 * approximate by the JSON reader's read-ahead (a kilobyte), far below any limit worth setting.
 */
public final class ItemBoundedReader extends FilterReader {
    private final long maxItemChars;
    private long count;
    private long itemStart;

    /** @param in the list's text @param maxItemChars the most characters one item may take */
    public ItemBoundedReader(Reader in, long maxItemChars) {
        super(in);
        this.maxItemChars = maxItemChars;
    }

    /** The next item starts here. */
    public void itemStarts() {
        itemStart = count;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        int n = super.read(cbuf, off, len);
        if (n > 0) {
            count += n;
            if (count - itemStart > maxItemChars + 4096) {
                throw new LimitExceededException("a torrent in the list is larger than ResponseLimits.maxListItemBytes ("
                        + maxItemChars + "); raise it with ClientConfig.Builder#responseLimits if the client is trusted");
            }
        }
        return n;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }
}
