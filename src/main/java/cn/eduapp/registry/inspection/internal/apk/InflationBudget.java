package cn.eduapp.registry.inspection.internal.apk;

import cn.eduapp.registry.inspection.internal.apk.PackageRejected.Kind;

/** Bytes inflated so far by one inspection, shared with nested archives; beyond the bound it is a bomb. */
final class InflationBudget {

    private final long max;
    private long used;

    InflationBudget(long max) {
        this.max = max;
    }

    void spend(long n) {
        used += n;
        if (used > max) {
            throw new PackageRejected(Kind.BOMB, "inflated beyond " + max + " bytes");
        }
    }

    long used() {
        return used;
    }
}
