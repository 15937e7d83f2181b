package cn.eduapp.registry.filing.internal.imports;

import cn.eduapp.registry.filing.internal.imports.FilingImporter.Rejected;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.ProblemError;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * Reads an import file: the header must be {@link FilingImporter#HEADER}; every line is checked on its own
 * ({@link ImportRowParser}) and rows sharing a filing number are grouped into one filing. Nothing is stored here.
 */
@Component
class ImportCsv {

    /** The filings read, by number in file order, and the lines refused with their line numbers. */
    record Parsed(Map<String, ImportedFiling> filings, List<Rejected> rejected) {
    }

    private final ImportRowParser rows;
    private final Messages messages;

    ImportCsv(ImportRowParser rows, Messages messages) {
        this.rows = rows;
        this.messages = messages;
    }

    Parsed read(Reader reader) {
        List<Rejected> rejected = new ArrayList<>();
        Map<String, ImportedFiling> groups = new LinkedHashMap<>();
        boolean any = false;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw ApiProblem.badField("body", "BODY_MISSING", messages.get("import.empty"));
            }
            int columns = checkHeader(records.next());
            while (records.hasNext()) {
                CSVRecord r = records.next();
                any = true;
                List<ProblemError> errors = new ArrayList<>();
                ImportedRow row = rows.parse(r, errors, columns);
                if (row == null) {
                    rejected.add(new Rejected(r.getRecordNumber(), errors));
                    continue;
                }
                ImportedFiling g = groups.get(row.filingNumber());
                if (g == null) {
                    g = new ImportedFiling(row);
                    groups.put(row.filingNumber(), g);
                } else if (!g.first.sameFilingAs(row)) {
                    rejected.add(new Rejected(row.line(), List.of(new ProblemError("filingNumber", "INCONSISTENT",
                            messages.get("import.inconsistent", g.first.line())))));
                    continue;
                }
                g.add(row);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // commons-csv reports a broken record (an unclosed quote …) as an I/O problem
            throw ApiProblem.badField("body", "MALFORMED_CSV", messages.get("import.malformed"));
        }
        if (!any && groups.isEmpty() && rejected.isEmpty()) {
            throw ApiProblem.badField("body", "BODY_MISSING", messages.get("import.noRows"));
        }
        return new Parsed(groups, rejected);
    }

    /** The number of columns the header announces: the fixed ones, optionally followed by the contact columns. */
    private int checkHeader(CSVRecord header) {
        List<String> names = new ArrayList<>();
        header.forEach(names::add);
        if (!names.isEmpty() && names.get(0).startsWith("\uFEFF")) {
            names.set(0, names.get(0).substring(1));
        }
        List<String> trimmed = names.stream().map(String::trim).toList();
        List<String> withContact = new ArrayList<>(FilingImporter.HEADER);
        withContact.addAll(FilingImporter.CONTACT_COLUMNS);
        if (!trimmed.equals(FilingImporter.HEADER) && !trimmed.equals(withContact)) {
            throw ApiProblem.badField("header", "INVALID_HEADER",
                    messages.get("import.badHeader", String.join(",", FilingImporter.HEADER)));
        }
        return trimmed.size();
    }
}
