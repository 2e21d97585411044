package io.github.veivalg;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The public enums and the knowledge base's twins must have the same constants, in the same order. */
class EnumMirrorTest {

    static Stream<Arguments> twins() {
        return Stream.of(
                Arguments.of(AuthorityKind.class, io.github.veivalg.kb.vocabulary.AuthorityKind.class),
                Arguments.of(SubjectType.class, io.github.veivalg.kb.vocabulary.SubjectType.class),
                Arguments.of(ServiceCategory.class, io.github.veivalg.kb.vocabulary.ServiceCategory.class),
                Arguments.of(AgreementType.class, io.github.veivalg.kb.vocabulary.AgreementType.class),
                Arguments.of(LegalForm.class, io.github.veivalg.kb.vocabulary.LegalForm.class),
                Arguments.of(UserDisclosureConsent.class, io.github.veivalg.kb.vocabulary.UserDisclosureConsent.class),
                Arguments.of(PathId.class, io.github.veivalg.kb.vocabulary.Path.class),
                Arguments.of(PathStatus.class, io.github.veivalg.kb.vocabulary.Status.class),
                Arguments.of(Band.class, io.github.veivalg.kb.vocabulary.Band.class));
    }

    @ParameterizedTest
    @MethodSource("twins")
    void publicEnum_andKnowledgeBaseTwin_haveTheSameConstants(Class<? extends Enum<?>> api, Class<? extends Enum<?>> kb) {
        assertThat(names(api)).containsExactly(names(kb));
    }

    private static String[] names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toArray(String[]::new);
    }

    @org.junit.jupiter.api.Test
    void pathIds_areTheSpecsRegistryOf44() {
        assertThat(PathId.values()).hasSize(44);
    }
}
