package cn.eduapp.registry.complaint.internal;

import cn.eduapp.registry.complaint.internal.persistence.ComplaintRepository;
import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.national.NationalApp;
import cn.eduapp.registry.national.NationalMirror;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.shared.FilingNumbers;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What the intake settles before a complaint is stored: a free tracking number, and the filing complained about. */
@Component
public class IntakeFacts {

    private final ComplaintRepository complaints;
    private final FilingManagement filings;
    private final NationalMirror mirror;

    IntakeFacts(ComplaintRepository complaints, FilingManagement filings, NationalMirror mirror) {
        this.complaints = complaints;
        this.filings = filings;
        this.mirror = mirror;
    }

    /**
     * An app filed in another province (the national mirror), found by the filing number or the identifier the
     * complainant gave, when Beijing has no filing for it: its complaint is passed on (转办) to that province (issue 22).
     */
    public Optional<NationalApp> filedElsewhere(String appName, @Nullable String identifier) {
        if (identifier == null || filedAs(appName, identifier) != null) {
            return Optional.empty();
        }
        return FilingNumbers.isValid(identifier) ? mirror.byFilingNumber(identifier) : mirror.byIdentifier(identifier);
    }

    /** The filing number of the app complained about, when it has one; null: not filed at all. */
    public @Nullable String filedAs(String appName, @Nullable String identifier) {
        if (identifier != null && FilingNumbers.isValid(identifier)) {
            Optional<String> byNumber = filings.findByNumber(identifier).map(f -> f.filingNumber());
            if (byNumber.isPresent()) {
                return byNumber.get();
            }
        }
        return filings.numberNamed(appName).orElse(null);
    }

    public String freshTrackingNumber(Instant now) {
        for (int i = 0; i < 10; i++) {
            String n = Codes.trackingNumber(Beijing.today(Clock.fixed(now, Beijing.ZONE)));
            if (!complaints.trackingNumberTaken(n)) {
                return n;
            }
        }
        throw new IllegalStateException("no free tracking number");
    }
}
