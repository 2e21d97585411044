package io.github.veivalg.examples.notice;

import io.github.veivalg.vocabulary.AgreementType;
import io.github.veivalg.examples.notice.NoticeProblem.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Bad input to the notice reader: each gets a clear, listed refusal, never a stack trace or a hang. */
class NoticeReaderTest {

    static final Path MINIMUM = NoticeScenarioTest.NOTICES.resolve("dfo-national-e/VALID-national-e3-minimum.xml");

    static String minimum() throws IOException {
        return Files.readString(MINIMUM, StandardCharsets.UTF_8);
    }

    static NoticeRefusal refusal(String xml) {
        return catchThrowableOfType(() -> new NoticeReader().read("t.xml", xml.getBytes(StandardCharsets.UTF_8)), NoticeRefusal.class);
    }

    @Test
    void reads_the_minimum_national_notice() throws Exception {
        Notice n = new NoticeReader().read(MINIMUM);
        assertThat(n.kind()).isEqualTo(Notice.Kind.CONTRACT_NOTICE);
        assertThat(n.subtype()).isEqualTo("E3");
        assertThat(n.issueDate()).isEmpty(); // the ${ISSUEDATE} placeholder
        assertThat(n.warnings()).contains("placeholder-date", "no-framework-indicator");
        assertThat(n.foaParts()).containsExactly(1);
        assertThat(n.procedureCode()).contains("open");
        assertThat(n.cpvCodes()).containsExactly("72230000");
        assertThat(n.agreementType()).contains(AgreementType.SINGLE_CONTRACT);
        assertThat(n.estimatedValueNok()).isEmpty();
    }

    @Test
    void an_external_entity_is_refused_and_never_resolved() throws IOException {
        Path secret = Files.createTempFile("notice-secret", ".txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE ContractNotice [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + minimum().substring(minimum().indexOf("<ContractNotice")).replace("Anskaffelse av IKT-tjenester", "&x;");
        NoticeRefusal r = refusal(xml);
        assertThat(r.reason()).isEqualTo(Reason.DOCTYPE_REFUSED);
        assertThat(r.getMessage()).doesNotContain("TOP-SECRET-CONTENT");
        Files.delete(secret);
    }

    @Test
    void a_network_dtd_is_refused_without_a_connection() {
        NoticeRefusal r = refusal("<?xml version=\"1.0\"?><!DOCTYPE x SYSTEM \"http://127.0.0.1:9/evil.dtd\"><x/>");
        assertThat(r.reason()).isEqualTo(Reason.DOCTYPE_REFUSED);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void an_entity_expansion_bomb_is_refused_at_once() {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            b.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        b.append("]><lolz>&lol9;</lolz>");
        assertThat(refusal(b.toString()).reason()).isEqualTo(Reason.DOCTYPE_REFUSED);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void a_100_mb_notice_is_refused_by_its_size_before_it_is_read(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.xml");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(100L * 1024 * 1024); // sparse: costs no disk, and reading it would take a while
        }
        NoticeRefusal r = catchThrowableOfType(() -> new NoticeReader().read(big), NoticeRefusal.class);
        assertThat(r.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(r.getMessage()).contains("104857600 bytes").contains("not read");
    }

    @Test
    void a_stream_longer_than_the_limit_is_refused_after_the_limit() {
        InputStream endless = new InputStream() {
            long served;

            @Override
            public int read() {
                served++;
                return served > 2_000_000 ? -1 : ' ';
            }
        };
        NoticeRefusal r = catchThrowableOfType(() -> new NoticeReader(NoticeCodes.shipped(), 1000).read("s", endless), NoticeRefusal.class);
        assertThat(r.reason()).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void a_file_that_is_not_xml_is_refused_with_its_line() {
        NoticeRefusal r = refusal("%PDF-1.7 this is not a notice");
        assertThat(r.reason()).isEqualTo(Reason.NOT_XML);
        assertThat(r.getMessage()).contains("line 1");
        assertThat(refusal("").reason()).isEqualTo(Reason.NOT_XML);
        assertThat(refusal("<ContractNotice>").reason()).isEqualTo(Reason.NOT_XML);
    }

    @Test
    void a_document_of_an_unknown_type_is_refused() {
        NoticeRefusal r = refusal("<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"/>");
        assertThat(r.reason()).isEqualTo(Reason.UNKNOWN_NOTICE_TYPE);
        assertThat(r.getMessage()).contains("<Invoice>").contains("ContractNotice");
    }

    @Test
    void missing_mandatory_elements_are_all_listed() throws IOException {
        String xml = minimum().replaceAll("<cbc:IssueDate>[^<]*</cbc:IssueDate>", "")
                .replaceAll("(?s)<efac:NoticeSubType>.*?</efac:NoticeSubType>", "")
                .replaceAll("<cbc:RegulatoryDomain>[^<]*</cbc:RegulatoryDomain>", "");
        NoticeRefusal r = refusal(xml);
        assertThat(r.problems()).extracting(NoticeProblem::reason).containsOnly(Reason.MISSING_ELEMENT);
        assertThat(r.problems()).extracting(NoticeProblem::field).anySatisfy(f -> assertThat(f).contains("IssueDate"))
                .anySatisfy(f -> assertThat(f).contains("NoticeSubType")).anySatisfy(f -> assertThat(f).contains("RegulatoryDomain"));
    }

    @Test
    void unknown_codes_are_all_listed_with_their_lists() throws IOException {
        String xml = minimum().replace(">body-pl-cga<", ">kommunen-min<").replace(">open<", ">lottery<").replace(">services<", ">favours<");
        NoticeRefusal r = refusal(xml);
        assertThat(r.problems()).extracting(NoticeProblem::reason).containsOnly(Reason.UNKNOWN_CODE);
        assertThat(r.getMessage()).contains("\"kommunen-min\" is not a code of the eForms list buyer-legal-type")
                .contains("\"lottery\"").contains("\"favours\"");
    }

    @Test
    void another_currency_is_refused_as_not_norwegian() throws IOException {
        String xml = minimum().replace("</cbc:ProcurementTypeCode>", "</cbc:ProcurementTypeCode><cac:RequestedTenderTotal>"
                + "<cbc:EstimatedOverallContractAmount currencyID=\"SEK\">100</cbc:EstimatedOverallContractAmount></cac:RequestedTenderTotal>");
        NoticeRefusal r = refusal(xml);
        assertThat(r.reason()).isEqualTo(Reason.NOT_NORWEGIAN);
        assertThat(r.getMessage()).contains("SEK");
    }

    @Test
    void bad_dates_and_amounts_are_refused_as_bad_values() throws IOException {
        String xml = minimum().replace("${ISSUEDATE}", "yesterday").replace("</cbc:ProcurementTypeCode>", "</cbc:ProcurementTypeCode><cac:RequestedTenderTotal>"
                + "<cbc:EstimatedOverallContractAmount currencyID=\"NOK\">-5</cbc:EstimatedOverallContractAmount></cac:RequestedTenderTotal>");
        NoticeRefusal r = refusal(xml);
        assertThat(r.problems()).extracting(NoticeProblem::reason).containsOnly(Reason.BAD_VALUE);
        assertThat(r.problems()).hasSize(3); // the date, the whole's value and the lot's value
    }

    @Test
    void another_legal_basis_than_foa_is_refused() throws IOException {
        assertThat(refusal(minimum().replace(">other<", ">32014L0025<")).reason()).isEqualTo(Reason.OUTSIDE_FOA);
        assertThat(refusal(minimum().replace("2016/8/12/974", "2016/8/12/975")).reason()).isEqualTo(Reason.OUTSIDE_FOA);
    }

    @Test
    void the_parts_of_foa_are_read_from_the_description() {
        assertThat(NoticeReader.parts("NOR — Anskaffelsesforskriften Del 1 og 2")).isEqualTo(Set.of(1, 2));
        assertThat(NoticeReader.parts("NOR — Anskaffelsesforskriften Del 1")).isEqualTo(Set.of(1));
        assertThat(NoticeReader.parts("NOR — Public Procurement Regulations Part 1")).isEqualTo(Set.of(1));
        assertThat(NoticeReader.parts("Anskaffelsesforskriften del I og IV")).isEqualTo(Set.of(1, 4));
        assertThat(NoticeReader.parts("Kardemommeloven")).isEmpty();
        assertThat(NoticeReader.parts("Delegert 12")).isEmpty();
    }

    @Test
    void a_refusal_names_at_least_one_problem() {
        assertThatThrownBy(() -> new NoticeRefusal(java.util.List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_directory_or_a_missing_file_is_refused_as_unreadable(@TempDir Path dir) {
        assertThat(catchThrowableOfType(() -> new NoticeReader().read(dir), NoticeRefusal.class).reason()).isEqualTo(Reason.CANNOT_READ);
        assertThat(catchThrowableOfType(() -> new NoticeReader().read(dir.resolve("none.xml")), NoticeRefusal.class).reason())
                .isEqualTo(Reason.CANNOT_READ);
    }
}
