package io.github.veivalg;

import io.github.veivalg.vocabulary.AuthorityKind;
import io.github.veivalg.vocabulary.PathStatus;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Every missing fact can be asked, also one that nextQuestions() holds back behind the fact it depends on. */
class QuestionAboutTest {

    private static Veivalg veivalg;

    @BeforeAll
    static void load() {
        veivalg = Veivalg.create();
    }

    @AfterAll
    static void close() {
        veivalg.close();
    }

    @Test
    void aDependentFact_isHeldBackFromTheNextQuestions_butCanStillBeAsked() {
        Assessment a = veivalg.assess(AssessmentRequest.builder(LocalDate.of(2025, 6, 1))
                .buyer(b -> b.authorityKind(AuthorityKind.MUNICIPALITY)).build(), Locale.ENGLISH);
        String dependent = "buyer.cooperationMarketShare";
        assertThat(a.paths()).anySatisfy(p -> assertThat(p.missingFacts()).contains(dependent));
        assertThat(a.nextQuestions()).extracting(Question::fact).doesNotContain(dependent).contains("buyer.isCooperationBetweenAuthorities");
        Question q = a.questionAbout(dependent).orElseThrow();
        assertThat(q.fact()).isEqualTo(dependent);
        assertThat(q.text()).endsWith("?").doesNotContain("buyer.");
        assertThat(q.paths()).isNotEmpty().allSatisfy(id -> assertThat(a.path(id).status()).isEqualTo(PathStatus.UNDETERMINED));
        assertThat(q.aboutAnException()).isTrue();
        assertThat(a.questionAbout("purchase.noSuchFact")).isEmpty();
    }
}
