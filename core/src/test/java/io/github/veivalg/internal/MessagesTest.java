package io.github.veivalg.internal;

import io.github.veivalg.KnowledgeBaseException;
import io.github.veivalg.kb.vocabulary.Msg;
import io.github.veivalg.kb.vocabulary.Nok;
import io.github.veivalg.vocabulary.PathId;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rendering keeps the texts it has made (#17): a kept text must be the text a fresh rendering
 * gives, must not change when the caller's argument list does, and the store must stay bounded
 * whatever callers send.
 */
class MessagesTest {

    // "in force from {0}": a key with one argument, a date.
    private static final String KEY = "protocol.in-force-from";

    @Test
    void aKeptText_isTheTextAFreshRenderingGives_inEachLanguage() {
        Messages kept = Messages.load();
        Msg message = Msg.of("protocol.value", new Nok(1_300_000), PathId.OUTSIDE_RULES_GRANT);
        String first = kept.render(message, Messages.BOKMAL);
        String again = kept.render(message, Messages.BOKMAL);
        assertThat(again).isEqualTo(first).isEqualTo(Messages.load().render(message, Messages.BOKMAL));
        assertThat(first).contains("1\u00a0300\u00a0000\u00a0kr");
        assertThat(kept.render(message, Messages.ENGLISH)).contains("NOK\u00a01,300,000").isNotEqualTo(first);
    }

    @Test
    void aCallersListChangingAfterwards_doesNotChangeTheKeptText() {
        Messages messages = Messages.load();
        List<Object> args = new ArrayList<>(List.of(LocalDate.of(2024, 1, 1)));
        String first = messages.render(KEY, args, Messages.ENGLISH);
        args.set(0, LocalDate.of(2025, 7, 1));
        // The kept key is a copy: it still names the arguments the text was made from.
        assertThat(messages.keptWithArgs(Messages.ENGLISH).keySet()).singleElement().asString().contains("2024-01-01");
        assertThat(messages.render(KEY, List.of(LocalDate.of(2024, 1, 1)), Messages.ENGLISH)).isEqualTo(first);
        assertThat(messages.render(KEY, args, Messages.ENGLISH)).isNotEqualTo(first).contains("1 July 2025");
    }

    @Test
    void theStoreOfTextsWithArguments_staysBounded() {
        Messages messages = Messages.load();
        int beyond = Messages.RENDERED_WITH_ARGS_LIMIT + 500;
        LocalDate day = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < beyond; i++) {
            String text = messages.render(KEY, List.of(day.plusDays(i)), Messages.BOKMAL);
            assertThat(text).isNotBlank();
        }
        assertThat(messages.keptWithArgs(Messages.BOKMAL)).hasSize(Messages.RENDERED_WITH_ARGS_LIMIT);
        // Past the bound a text is still rendered, and rendered right.
        assertThat(messages.render(KEY, List.of(day.plusDays(beyond)), Messages.BOKMAL))
                .isEqualTo(Messages.load().render(KEY, List.of(day.plusDays(beyond)), Messages.BOKMAL));
    }

    @Test
    void aOneOffText_isNotKept() {
        Messages messages = Messages.load();
        messages.render(KEY, Messages.ENGLISH, LocalDate.of(2024, 1, 1));
        assertThat(messages.keptWithArgs(Messages.ENGLISH)).isEmpty();
    }

    @Test
    void aMissingKey_orAMissingArgument_isAKnowledgeBaseDefect() {
        Messages messages = Messages.load();
        assertThatThrownBy(() -> messages.render("no.such.key", List.of(1), Messages.ENGLISH))
                .isInstanceOf(KnowledgeBaseException.class).hasMessageContaining("no.such.key");
        assertThatThrownBy(() -> messages.render(KEY, Messages.ENGLISH, new Object[0]))
                .isInstanceOf(KnowledgeBaseException.class).hasMessageContaining(KEY);
    }
}
