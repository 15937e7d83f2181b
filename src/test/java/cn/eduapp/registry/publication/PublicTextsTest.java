package cn.eduapp.registry.publication;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.publication.internal.domain.CsvCells;
import cn.eduapp.registry.publication.internal.domain.Grams;
import org.junit.jupiter.api.Test;

class PublicTextsTest {

    @Test
    void gramsHoldEverySingleAndAdjacentPairOfCharactersOfEachNameButNoneAcrossNames() {
        assertThat(Grams.of("数学 课", "北京")).containsExactlyInAnyOrder(
                "数", "学", " ", "课", "数学", "学 ", " 课", "北", "京", "北京");
        assertThat(Grams.of("AbC")).contains("ab", "bc", "a").doesNotContain("AB");
        assertThat(Grams.of("学北")).contains("学北");
        assertThat(Grams.of("数学", "北京")).doesNotContain("学北");
        // characters outside the BMP count as one
        assertThat(Grams.of("𠀀学")).contains("𠀀学", "𠀀");
        assertThat(Grams.length("𠀀学")).isEqualTo(2);
    }

    @Test
    void cellsAFormulaCouldStartWithAreNeutralised() {
        assertThat(CsvCells.neutralise("=1+2")).isEqualTo("'=1+2");
        assertThat(CsvCells.neutralise("+86")).isEqualTo("'+86");
        assertThat(CsvCells.neutralise("-2")).isEqualTo("'-2");
        assertThat(CsvCells.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCells.neutralise("\r=1")).isEqualTo("'\r=1");
        assertThat(CsvCells.neutralise("数学=1")).isEqualTo("数学=1");
        assertThat(CsvCells.neutralise("")).isEmpty();
    }
}
