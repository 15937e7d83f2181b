package cn.eduapp.registry.filing.internal.imports;

import cn.eduapp.registry.rules.Declaration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The rows of one filing number, in file order: one filing with the platforms of all its rows. */
final class ImportedFiling {

    final ImportedRow first;
    final List<ImportedRow> rows = new ArrayList<>();
    final Set<Declaration.Platform> platforms = new LinkedHashSet<>();

    ImportedFiling(ImportedRow first) {
        this.first = first;
    }

    void add(ImportedRow row) {
        rows.add(row);
        platforms.add(row.platform());
    }

    /** What an imported registration declares: its name, platforms, audiences and training, nothing more. */
    Declaration declaration() {
        return new Declaration(first.appName(), null, null, List.copyOf(platforms), first.audiences(), List.of(),
                List.of(), first.offersSubjectTraining(), false, null, null, null, null, null);
    }
}
