package org.gatehouse.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The audit log's CSV export: no cell a spreadsheet would run as a formula. */
class AuditCsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.test\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\tcmd", "\rcmd", "\ncmd",
            "=cmd\nsecond line", "+cmd\r\nsecond line", "@cmd\nsecond line"})
    void aCellThatStartsLikeAFormulaIsShownAsText(String value) {
        assertThat(AuditTrail.csv(value)).startsWith("\"'").endsWith("\"");
    }

    @Test
    void anOrdinaryCellIsQuotedAsItIs() {
        assertThat(AuditTrail.csv("Alice said \"hello\"\nand left")).isEqualTo("\"Alice said \"\"hello\"\"\nand left\"");
        assertThat(AuditTrail.csv("a=b")).isEqualTo("\"a=b\"");
        assertThat(AuditTrail.csv("")).isEqualTo("\"\"");
        assertThat(AuditTrail.csv(null)).isEmpty();
    }
}
