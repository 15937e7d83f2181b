package cn.eduapp.registry.inspection.internal.apk;

import cn.eduapp.registry.inspection.internal.apk.PackageRejected.Kind;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A stream over one entry that counts the bytes inflated: more than the entry declared is a bomb. */
final class CountingStream extends FilterInputStream {
    private final long declared;
    private final InflationBudget budget;
    private final String name;
    private long n;

    CountingStream(InputStream in, long declared, InflationBudget budget, String name) {
        super(in);
        this.declared = declared;
        this.budget = budget;
        this.name = name;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int r = super.read(b, off, len);
        if (r > 0) {
            count(r);
        }
        return r;
    }

    private void count(int r) {
        n += r;
        budget.spend(r);
        if (n > declared) {
            throw new PackageRejected(Kind.BOMB, name + " inflates beyond its declared size " + declared);
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new PackageRejected(Kind.TIMEOUT, "interrupted");
        }
    }
}
