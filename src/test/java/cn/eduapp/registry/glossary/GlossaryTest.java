package cn.eduapp.registry.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/glossary.md against every text a person reads: each message bundle's values, the templates' literal
 * Chinese and the bundled rule-set version in force. A rejected variant may not appear outside one of the terms
 * (the terms are taken out first, longest first, so 已撤销备案 does not hide behind 备案已撤销 and 中小学线上学科培训许可
 * is not reported as 线上学科培训许可); clause notation uses full-width brackets.
 */
class GlossaryTest {

    private static final Path GLOSSARY = Path.of("docs/glossary.md");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    /** 三(一), 四(二) …: the half-width notation the glossary rejects. */
    private static final Pattern HALF_WIDTH_CLAUSE = Pattern.compile("[一二三四五六七八九十]\\([一二三四五六七八九十]+\\)");
    /**
     * Texts issue 20 rewrites (the enforcement pages' automatic escalation): left as they are until that issue
     * removes them. Keep this list empty once it has.
     */
    record Glossary(List<String> terms, List<String> rejected) {
    }

    static Glossary glossary() throws IOException {
        List<String> terms = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (String line : Files.readAllLines(GLOSSARY, StandardCharsets.UTF_8)) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.split("\\|", -1);
            codes(cells[1], terms);
            codes(cells[4], rejected);
        }
        terms.sort(Comparator.comparingInt(String::length).reversed());
        return new Glossary(terms, rejected);
    }

    private static void codes(String cell, List<String> into) {
        Matcher m = CODE.matcher(cell);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    /** Every text: "where: text". */
    static Map<String, String> texts() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".properties")).sorted().toList()) {
                Properties p = new Properties();
                try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                for (String key : p.stringPropertyNames()) {
                    texts.put(f.getFileName() + " " + key, p.getProperty(key));
                }
            }
        }
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                texts.put(f.toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        texts.put("rules/rule-sets/2022.2.json", Files.readString(Path.of("src/main/resources/rules/rule-sets/2022.2.json")));
        return texts;
    }

    static List<String> violations(Glossary g, Map<String, String> texts) {
        List<String> found = new ArrayList<>();
        texts.forEach((where, text) -> {
            String rest = text;
            for (String term : g.terms()) {
                rest = rest.replace(term, "□");
            }
            for (String variant : g.rejected()) {
                if (rest.contains(variant)) {
                    found.add(where + ": " + variant);
                }
            }
            Matcher clause = HALF_WIDTH_CLAUSE.matcher(text);
            while (clause.find()) {
                found.add(where + ": " + clause.group() + "（条款用全角括号）");
            }
        });
        return found;
    }

    @Test
    void everyTextUsesTheGlossarysTerms() throws IOException {
        assertThat(violations(glossary(), texts())).isEmpty();
    }

    @Test
    void theGlossaryHasItsTermsAndTheTestCanFail() throws IOException {
        Glossary g = glossary();
        assertThat(g.terms()).contains("使用者备案", "中小学线上学科培训许可", "应用分发平台（应用商店）", "体育与健康",
                "教育部审核备案中", "不予备案", "退回补正", "已撤销备案", "限期整改通知", "整改验收通过", "责令限期改正",
                "责令关闭", "开展自查", "不符合", "存疑", "说明", "投诉举报内容", "撤销", "吊销", "注销");
        assertThat(g.rejected()).contains("使用备案", "运行预检", "阻断", "警告", "发生了什么");
        assertThat(violations(g, Map.of("x", "请新建使用备案后运行预检，依据三(一)。")))
                .containsExactlyInAnyOrder("x: 使用备案", "x: 运行预检", "x: 三(一)（条款用全角括号）");
        assertThat(violations(g, Map.of("y", "新建使用者备案；须持有中小学线上学科培训许可；状态：已撤销备案。"))).isEmpty();
    }
}
