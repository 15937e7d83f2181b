package cn.eduapp.registry.filing.internal.imports;

import cn.eduapp.registry.rules.Audience;
import cn.eduapp.registry.rules.Category;
import cn.eduapp.registry.rules.Declaration;
import cn.eduapp.registry.rules.PlatformType;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.shared.CreditCode;
import cn.eduapp.registry.shared.FilingNumbers;
import cn.eduapp.registry.shared.LegalPersonType;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.ProblemError;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Checks one line of an import file field by field; every problem of the line is reported, with its field. */
@Component
class ImportRowParser {

    private final Messages messages;
    private final Clock clock;

    ImportRowParser(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** The row, or null with {@code errors} filled. */
    @Nullable ImportedRow parse(CSVRecord r, List<ProblemError> errors, int columns) {
        if (r.size() != columns) {
            errors.add(new ProblemError(null, "COLUMN_COUNT", messages.get("import.columnCount", columns,
                    r.size())));
            return null;
        }
        String number = r.get(0).trim();
        if (!FilingNumbers.isValid(number)) {
            errors.add(error("filingNumber", "import.filingNumber"));
        } else if (!number.startsWith(FilingNumbers.BEIJING, 5)) {
            // issue 22: the import is for Beijing's own; other provinces' apps come from the national mirror
            errors.add(new ProblemError("filingNumber", "OTHER_PROVINCE",
                    messages.get("import.otherProvince", number, number.substring(5, 7))));
        }
        String appName = r.get(1).trim();
        if (appName.isEmpty() || appName.length() > 100) {
            errors.add(error("appName", "import.appName"));
        }
        String providerName = r.get(2).trim();
        if (providerName.isEmpty() || providerName.length() > 200) {
            errors.add(error("providerName", "import.providerName"));
        }
        String code = r.get(3).trim().toUpperCase(Locale.ROOT);
        CreditCode.problem(code).ifPresent(p -> errors.add(new ProblemError("creditCode", "CREDIT_CODE_" + p.name(),
                messages.get("creditCode." + p.name()))));
        LegalPersonType type = enumValue(LegalPersonType.class, r.get(4), "legalPersonType", errors, false);
        Category category = enumValue(Category.class, r.get(5), "category", errors, true);
        PlatformType platform = enumValue(PlatformType.class, r.get(6), "platform", errors, false);
        String identifier = r.get(7).trim();
        if (platform != null && !platform.accepts(identifier)) {
            errors.add(error("identifier", "import.identifier"));
        }
        List<Audience> audiences = audiences(r.get(8), errors);
        String training = r.get(9).trim().toLowerCase(Locale.ROOT);
        boolean offers = training.equals("true") || training.equals("1") || training.equals("是");
        if (!offers && !training.isEmpty() && !training.equals("false") && !training.equals("0") && !training.equals("否")) {
            errors.add(error("offersSubjectTraining", "import.boolean"));
        }
        Instant registeredAt = registeredAt(r.get(10).trim());
        if (registeredAt == null) {
            errors.add(error("registeredAt", "import.registeredAt"));
        } else if (registeredAt.isAfter(clock.instant())) {
            errors.add(error("registeredAt", "import.registeredAtFuture"));
        }
        String[] contact = columns > FilingImporter.HEADER.size() ? contact(r, errors) : new String[3];
        if (!errors.isEmpty()) {
            return null;
        }
        return new ImportedRow(r.getRecordNumber(), number, appName, providerName, code, type, category,
                new Declaration.Platform(platform, identifier), audiences, offers, registeredAt, contact[0], contact[1],
                contact[2]);
    }

    /** Issue 21's optional contact columns: name, phone, email (each may be empty). */
    private @Nullable String[] contact(CSVRecord r, List<ProblemError> errors) {
        int at = FilingImporter.HEADER.size();
        String name = blankToNull(r.get(at));
        String phone = blankToNull(r.get(at + 1));
        String email = blankToNull(r.get(at + 2));
        if (name != null && name.length() > 50) {
            errors.add(error("contactName", "import.contactName"));
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.add(error("contactPhone", "import.contactPhone"));
        }
        if (email != null && (email.length() > 100 || !EMAIL.matcher(email).matches())) {
            errors.add(error("contactEmail", "import.contactEmail"));
        }
        return new String[] {name, phone, email};
    }

    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("^[0-9+\\-() ]{5,20}$");
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private static @Nullable String blankToNull(String s) {
        return s.isBlank() ? null : s.trim();
    }

    private List<Audience> audiences(String text, List<ProblemError> errors) {
        List<Audience> audiences = new ArrayList<>();
        for (String a : text.split(";")) {
            if (!a.isBlank()) {
                Audience audience = enumValue(Audience.class, a, "audiences", errors, false);
                if (audience != null && !audiences.contains(audience)) {
                    audiences.add(audience);
                }
            }
        }
        return List.copyOf(audiences);
    }

    private static @Nullable Instant registeredAt(String text) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(Beijing.ZONE).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private <E extends Enum<E>> @Nullable E enumValue(Class<E> type, String text, String field, List<ProblemError> errors,
                                                      boolean optional) {
        String t = text.trim();
        if (t.isEmpty() && optional) {
            return null;
        }
        try {
            return Enum.valueOf(type, t);
        } catch (IllegalArgumentException e) {
            errors.add(new ProblemError(field, "INVALID_VALUE", messages.get("import.enum", field, t)));
            return null;
        }
    }

    private ProblemError error(String field, String key) {
        return new ProblemError(field, "INVALID_VALUE", messages.get(key));
    }
}
