package io.github.veivalg.examples;

import io.github.veivalg.json.JsonContract;
import io.github.veivalg.json.JsonLimits;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bokmål wording of a {@link io.github.veivalg.Problem}'s message. The library words its
 * problems in English, from a fixed set of templates; a refusal printed under a Norwegian heading
 * is translated here, template by template, keeping field names, enum values, figures and quoted
 * values as they are. A message no template matches is left in English.
 */
public final class ProblemText {

    private record Template(Pattern english, String bokmal) {
    }

    private static Template t(String english, String bokmal) {
        return new Template(Pattern.compile("^" + english + "$", Pattern.DOTALL), bokmal);
    }

    /** The templates, most specific first: the first whose pattern matches the whole message wins. */
    private static final List<Template> TEMPLATES = List.of(
            // Reading the JSON text (JsonIo) and the limits (JsonLimits).
            t("is empty: expected a JSON object", "er tom: forventet et JSON-objekt"),
            t("is not JSON text \\(binary data or invalid UTF-8\\)", "er ikke JSON-tekst (binære data eller ugyldig UTF-8)"),
            t("is larger than (\\d+) bytes", "er større enn $1 byte"),
            t("is nested deeper than (\\d+) levels", "er nøstet dypere enn $1 nivåer"),
            t("has more than (\\d+) items", "har flere enn $1 elementer"),
            t("has more than (\\d+) fields", "har flere enn $1 felt"),
            t("has more than (\\d+) values", "har flere enn $1 verdier"),
            t("is a string longer than (\\d+) characters", "er en tekst på mer enn $1 tegn"),
            t("has a field name longer than (\\d+) characters", "har et feltnavn på mer enn $1 tegn"),
            t("is a number longer than (\\d+) characters", "er et tall på mer enn $1 tegn"),
            t("is past a limit of the JSON contract", "går over en grense i JSON-kontrakten"),
            t("is given twice", "er oppgitt to ganger"),
            t("is not valid JSON at line (\\d+), column (\\d+)(.*)", "er ikke gyldig JSON på linje $1, kolonne $2$3"),
            t("is not valid JSON(.*)", "er ikke gyldig JSON$1"),
            t("ends before the JSON is complete at line (\\d+), column (\\d+)", "slutter før JSON-teksten er fullstendig, på linje $1, kolonne $2"),
            t("ends before the JSON is complete", "slutter før JSON-teksten er fullstendig"),
            t("has more text after the JSON object at line (\\d+), column (\\d+)", "har mer tekst etter JSON-objektet, på linje $1, kolonne $2"),
            t("has more text after the JSON object", "har mer tekst etter JSON-objektet"),
            t("must be a JSON object, not (.*)", "må være et JSON-objekt, ikke $1"),
            // The contract (JsonContract) and the request's checks (AssessmentRequest, Checks).
            t("is required", "må oppgis"),
            t("is not a field of the request", "er ikke et felt i forespørselen"),
            t("is not a field of a lot", "er ikke et felt i en delkontrakt"),
            t("is not a field of (\\w+)", "er ikke et felt i $1"),
            t("must be a JSON object with id, valueNok and subjectType", "må være et JSON-objekt med id, valueNok og subjectType"),
            t("must be a JSON object", "må være et JSON-objekt"),
            t("must be an ISO date string such as (.*)", "må være en ISO-dato som tekst, for eksempel $1"),
            t("is not an ISO date \\(YYYY-MM-DD\\): (.*)", "er ikke en ISO-dato (ÅÅÅÅ-MM-DD): $1"),
            t("is unsupported \\(UNSUPPORTED_DATE\\): (\\S+) is before (\\S+), when FOA took effect; the 2006 regulation is not modelled",
                    "støttes ikke (UNSUPPORTED_DATE): $1 er før $2, da FOA trådte i kraft; forskriften fra 2006 er ikke modellert"),
            t("is unsupported: before (.*)", "støttes ikke: før $1"),
            t("must be true or false, was (.*)", "må være true eller false, var $1"),
            t("must be a number from 0 to 100, was (.*)", "må være et tall fra 0 til 100, var $1"),
            t("must be a percentage from 0 to 100, was (.*)", "må være en prosentandel fra 0 til 100, var $1"),
            t("must be a whole number of kroner, was (.*)", "må være et helt antall kroner, var $1"),
            t("must be a whole number of months, was (.*)", "må være et helt antall måneder, var $1"),
            t("is too large: at most (\\d+) kroner, was (.*)", "er for stort: høyst $1 kroner, var $2"),
            t("is too large: at most (\\d+) kroner", "er for stort: høyst $1 kroner"),
            t("is too large, was (.*)", "er for stort, var $1"),
            t("must be one of (\\[.*\\]), was (.*)", "må være en av $1, var $2"),
            t("must be a list of strings, was (.*)", "må være en liste med tekster, var $1"),
            t("must be a string, was (.*)", "må være en tekst, var $1"),
            t("must be a list of lots, was (.*)", "må være en liste med delkontrakter, var $1"),
            t("must not be negative, was (.*)", "kan ikke være negativt, var $1"),
            t("must be at least 1 month, was (.*)", "må være minst 1 måned, var $1"),
            t("is not a CPV code \\(8 digits, optionally -check digit\\): (.*)", "er ikke en CPV-kode (8 sifre, eventuelt -kontrollsiffer): $1"),
            t("must be GOODS, SERVICES or WORKS for a lot", "må være GOODS, SERVICES eller WORKS for en delkontrakt"),
            t("must be GOODS, SERVICES or WORKS", "må være GOODS, SERVICES eller WORKS"),
            t("is only for a MIXED contract, but subjectType is (.*)", "gjelder bare en blandet kontrakt (MIXED), men subjectType er $1"),
            t("is only for a FRAMEWORK_AGREEMENT, but agreementType is (.*)", "gjelder bare en rammeavtale (FRAMEWORK_AGREEMENT), men agreementType er $1"),
            t("(\\w+) contradicts subjectType (\\w+)", "$1 strider mot subjectType $2"),
            t("(\\w+) is none of the categories of the CPV codes (.*); the part of highest value decides \\(FOA § 6-1 \\(2\\)\\)",
                    "$1 er ingen av kategoriene til CPV-kodene $2; den delen som har høyest verdi, avgjør (FOA § 6-1 (2))"),
            t("contradicts isIndefiniteDuration = true", "strider mot isIndefiniteDuration = true"),
            t("are given, but isDividedIntoLots = false", "er oppgitt, men isDividedIntoLots = false"),
            t("repeats the id (.*)", "gjentar id-en $1"),
            t("must include the value of every lot \\(FOA § 5-4 \\(8\\)\\): the lots add up to (\\d+), the estimate is (\\d+)",
                    "må omfatte verdien av alle delkontraktene (FOA § 5-4 (8)): delkontraktene utgjør til sammen $1, anslaget er $2"),
            t("is required when isSplitToAvoidThreshold = true: the parts must be valued together \\(FOA § 5-4 \\(4\\)\\)",
                    "må oppgis når isSplitToAvoidThreshold = true: delene skal verdsettes samlet (FOA § 5-4 (4))"),
            t("contradicts isNonProfit = true: an ideell organisation reinvests its surplus \\(FOA § 30-2a \\(2\\)\\)",
                    "strider mot isNonProfit = true: en ideell organisasjon bruker overskuddet i virksomheten (FOA § 30-2a (2))"),
            t("is false, but a reason why only one supplier can deliver is given as true",
                    "er false, men en grunn til at bare én leverandør kan levere, er oppgitt som true"),
            t("is false, but extremeUrgencyUnforeseeable = true \\(extreme urgency cannot wait for a tender competition either\\)",
                    "er false, men extremeUrgencyUnforeseeable = true (ekstrem hast kan heller ikke vente på en konkurranse)"),
            t("is false, but procurementDocumentsNotSubstantiallyChanged = true \\(the specifications and terms are part of the documents\\)",
                    "er false, men procurementDocumentsNotSubstantiallyChanged = true (spesifikasjonene og vilkårene er en del av dokumentene)"),
            // The command line (VeivalgCli).
            t("does not exist: (.*)", "finnes ikke: $1"),
            t("cannot be read: (.*)", "kan ikke leses: $1"),
            t("must be nb or en, was (.*)", "må være nb eller en, var $1"),
            t("must be text or json, was (.*)", "må være text eller json, var $1"),
            t("is not a path id: (\\S+) \\(one of (.*)\\)", "er ikke en vei-id: $1 (en av $2)"));

    /** The words of a reading error's detail, after the place. */
    private static final String[][] DETAILS = {
            {": unexpected character", ": uventet tegn"},
            {": unknown word", ": ukjent ord"},
            {" is not a JSON number", " er ikke et JSON-tall"},
            {": a control character inside a string must be written with a backslash escape",
                    ": et kontrolltegn i en tekst må skrives med omvendt skråstrek foran"},
            {": unknown escape after a backslash", ": ukjent tegn etter omvendt skråstrek"},
            {": a number must not start with 0", ": et tall kan ikke begynne med 0"},
            {": a bracket closes what was not opened", ": en parentes lukker noe som ikke er åpnet"},
    };

    private ProblemText() {
    }

    /** {@code message} in bokmål, or as it is when no template matches it. */
    public static String bokmal(String message) {
        for (Template template : TEMPLATES) {
            Matcher m = template.english().matcher(message);
            if (m.matches()) {
                String text = m.replaceFirst(template.bokmal());
                return kinds(details(text));
            }
        }
        return message;
    }

    private static String details(String text) {
        for (String[] d : DETAILS) {
            text = text.replace(d[0], d[1]);
        }
        return text;
    }

    /** The kinds of JSON value a message names after "var"/"ikke". */
    private static String kinds(String text) {
        return text.replaceAll("(var|ikke) an object$", "$1 et objekt")
                .replaceAll("(var|ikke) a list$", "$1 en liste")
                .replaceAll("(var|ikke) an array$", "$1 en liste")
                .replaceAll("(var|ikke) a string$", "$1 en tekst")
                .replaceAll("(var|ikke) a number$", "$1 et tall")
                .replaceAll("(var|ikke) a boolean$", "$1 en sannhetsverdi");
    }
}
