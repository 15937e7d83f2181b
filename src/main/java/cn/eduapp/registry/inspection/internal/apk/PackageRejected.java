package cn.eduapp.registry.inspection.internal.apk;

/**
 * Why a package was refused. {@link Kind#status()} is API.md's answer: what is no valid package at all is
 * a 400; what is a valid archive built to hurt (bomb, escaping names, absurd counts) is a 422
 * {@code PACKAGE_REJECTED}.
 */
public class PackageRejected extends RuntimeException {

    public enum Kind {
        NOT_A_ZIP(400), TRUNCATED(400), NOT_AN_APK(400),
        BOMB(422), PATH_ESCAPE(422), TOO_MANY_ENTRIES(422), DUPLICATE_ENTRY(422), ENTRY_TOO_LARGE(422), TIMEOUT(422);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;

    public PackageRejected(Kind kind, String detail) {
        super(detail, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
