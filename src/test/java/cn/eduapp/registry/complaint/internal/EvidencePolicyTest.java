package cn.eduapp.registry.complaint.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvidencePolicyTest {

    @Test
    void typesAreJudgedByTheFirstBytes() {
        assertThat(EvidencePolicy.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0})).contains("image/jpeg");
        assertThat(EvidencePolicy.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0})).contains("image/png");
        assertThat(EvidencePolicy.detect("%PDF-1.7\n".getBytes())).contains("application/pdf");
    }

    @Test
    void aWindowsExecutableIsNoImageWhateverItsName() {
        assertThat(EvidencePolicy.detect(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0})).isEmpty();
        assertThat(EvidencePolicy.detect(new byte[] {(byte) 0x89, 'P', 'N'})).isEmpty();
        assertThat(EvidencePolicy.detect(new byte[0])).isEmpty();
    }
}
