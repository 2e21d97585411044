package io.github.veivalg.examples.notice;

import io.github.veivalg.vocabulary.AgreementType;
import io.github.veivalg.vocabulary.AuthorityKind;
import io.github.veivalg.vocabulary.PathId;
import io.github.veivalg.vocabulary.SubjectType;
import io.github.veivalg.examples.notice.NoticeProblem.Reason;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an eForms notice (UBL 2.3 with the eForms extensions): the EU forms and DFØ's national
 * E1-E6 forms. Outside input, so: the size is bounded before parsing, a DOCTYPE is refused (no
 * external entities, no DTD, no entity expansion), no schema or file or network is ever loaded,
 * and every problem is collected and reported at once as a {@link NoticeRefusal}. Never throws
 * anything else for bad input.
 */
public final class NoticeReader {

    /** The largest notice read: 10 MiB, about six times the SDK's largest example (100 lots, 1.7 MB). */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    /** The deepest element nesting accepted; eForms notices nest about 15 deep. */
    static final int MAX_ELEMENT_DEPTH = 100;

    static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    static final String EFAC = "http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1";

    private static final Pattern PARTS = Pattern.compile(
            "\\b(?:del|deler|delene|part|parts)\\s+((?:[1-5]|iv|v|i{1,3})(?:\\s*(?:,|og|and|&|\\+|-)\\s*(?:[1-5]|iv|v|i{1,3}))*)\\b");
    private static final Pattern PART_NUMBER = Pattern.compile("iv|v|i{1,3}|[1-5]");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

    private final NoticeCodes codes;
    private final long maxBytes;

    public NoticeReader() {
        this(NoticeCodes.shipped(), DEFAULT_MAX_BYTES);
    }

    public NoticeReader(NoticeCodes codes, long maxBytes) {
        this.codes = codes;
        this.maxBytes = maxBytes;
    }

    /** Reads a notice file; its size is checked before a byte is read. */
    public Notice read(Path file) throws NoticeRefusal {
        String name = String.valueOf(file.getFileName());
        try {
            if (Files.isDirectory(file)) {
                throw new NoticeRefusal(new NoticeProblem(Reason.CANNOT_READ, "FILE", "is a directory: " + file));
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(name, in);
            }
        } catch (NoSuchFileException e) {
            throw new NoticeRefusal(new NoticeProblem(Reason.CANNOT_READ, "FILE", "does not exist: " + file));
        } catch (IOException e) {
            throw new NoticeRefusal(new NoticeProblem(Reason.CANNOT_READ, "FILE", "cannot be read: " + file + " (" + e.getMessage() + ")"));
        }
    }

    /** Reads a notice from a stream: at most the size limit, a longer one is refused without reading the rest. */
    public Notice read(String source, InputStream in) throws NoticeRefusal {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new NoticeRefusal(new NoticeProblem(Reason.CANNOT_READ, "FILE", "cannot be read: " + e.getMessage()));
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(-1);
        }
        return read(source, bytes);
    }

    /** Reads a notice held in memory. */
    public Notice read(String source, byte[] bytes) throws NoticeRefusal {
        if (bytes.length > maxBytes) {
            throw tooLarge(bytes.length);
        }
        Document document = parse(bytes);
        return new Extraction(source, document.getDocumentElement()).notice();
    }

    private NoticeRefusal tooLarge(long size) {
        return new NoticeRefusal(new NoticeProblem(Reason.TOO_LARGE, "FILE", (size >= 0 ? "is " + size + " bytes, " : "is ")
                + "more than the " + maxBytes + " bytes a notice may have; it was not read"));
    }

    private static Document parse(byte[] bytes) throws NoticeRefusal {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(SILENT);
            // No resolver may ever fetch anything, even if a feature above were ignored.
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("DOCTYPE is disallowed: no external entity is resolved");
            });
            return builder.parse(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (SAXParseException e) {
            String message = String.valueOf(e.getMessage());
            boolean doctype = message.contains("DOCTYPE");
            String where = e.getLineNumber() > 0 ? " (line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ")" : "";
            if (doctype) {
                throw new NoticeRefusal(new NoticeProblem(Reason.DOCTYPE_REFUSED, "FILE",
                        "has a document type declaration or an entity" + where + "; notices must not have one, and none is ever resolved"));
            }
            throw new NoticeRefusal(new NoticeProblem(Reason.NOT_XML, "FILE", "is not well-formed XML" + where + ": " + shorten(message)));
        } catch (SAXException e) {
            throw new NoticeRefusal(new NoticeProblem(Reason.DOCTYPE_REFUSED, "FILE", "refers to an external entity or DTD; none is ever resolved"));
        } catch (IOException e) {
            throw new NoticeRefusal(new NoticeProblem(Reason.CANNOT_READ, "FILE", "cannot be read: " + e.getMessage()));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be hardened", e);
        }
    }

    private static String shorten(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        // A DOCTYPE is the door to XXE and entity bombs: eForms notices have none, so refuse it.
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setAttribute("http://www.oracle.com/xml/jaxp/properties/entityExpansionLimit", "0");
        f.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", String.valueOf(MAX_ELEMENT_DEPTH));
        return f;
    }

    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    /** One pass over a parsed document, collecting facts and problems. */
    private final class Extraction {
        private final String source;
        private final Element root;
        private final List<NoticeProblem> problems = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        Extraction(String source, Element root) {
            this.source = source;
            this.root = root;
        }

        Notice notice() throws NoticeRefusal {
            Optional<Notice.Kind> kind = Notice.Kind.ofRoot(root.getLocalName());
            if (kind.isEmpty()) {
                throw new NoticeRefusal(new NoticeProblem(Reason.UNKNOWN_NOTICE_TYPE, "root",
                        "<" + root.getLocalName() + "> is not an eForms procurement notice (expected one of "
                                + Arrays.stream(Notice.Kind.values()).map(Notice.Kind::root).toList() + ")"));
            }
            String subtype = descendants(root, EFAC, "NoticeSubType").stream()
                    .flatMap(e -> children(e, CBC, "SubTypeCode").stream()).map(NoticeReader::text).filter(s -> !s.isEmpty())
                    .findFirst().orElse(null);
            if (subtype == null) {
                problems.add(new NoticeProblem(Reason.MISSING_ELEMENT, "NoticeSubType/SubTypeCode (OPP-070)", "is missing: the notice's form cannot be told"));
            }
            Optional<LocalDate> issueDate = issueDate();
            String regime = regime();
            notNorwegian();
            LegalBasis legalBasis = legalBasis(regime);
            Element project = child(root, CAC, "ProcurementProject").orElse(null);
            if (project == null) {
                problems.add(new NoticeProblem(Reason.MISSING_ELEMENT, "ProcurementProject", "is missing: what is bought cannot be told"));
            }
            List<String> buyerTypes = new ArrayList<>();
            Optional<AuthorityKind> authority = authority(buyerTypes);
            Optional<SubjectType> subject = Optional.empty();
            List<String> cpv = new ArrayList<>();
            Optional<Long> value = Optional.empty();
            if (project != null) {
                subject = subject(project, "ProcurementProject");
                cpv.addAll(cpv(project));
                value = amount(project, "ProcurementProject/RequestedTenderTotal/EstimatedOverallContractAmount");
            }
            List<Notice.NoticeLot> lots = new ArrayList<>();
            Set<PathId> reservations = EnumSet.noneOf(PathId.class);
            Set<AgreementType> agreements = EnumSet.noneOf(AgreementType.class);
            boolean agreementSaid = false;
            for (Element lot : children(root, CAC, "ProcurementProjectLot")) {
                String id = child(lot, CBC, "ID").map(NoticeReader::text).orElse("?");
                Optional<Element> lotProject = child(lot, CAC, "ProcurementProject");
                Optional<Long> lotValue = Optional.empty();
                if (lotProject.isPresent()) {
                    lotValue = amount(lotProject.get(), "ProcurementProjectLot[" + id + "]/EstimatedOverallContractAmount");
                    if (subject.isEmpty()) {
                        subject = subject(lotProject.get(), "ProcurementProjectLot[" + id + "]");
                    }
                    for (String c : cpv(lotProject.get())) {
                        if (!cpv.contains(c)) {
                            cpv.add(c);
                        }
                    }
                }
                lots.add(new Notice.NoticeLot(id, lotValue));
                for (String code : coded(lot, "reserved-procurement")) {
                    lookUp("reserved-procurement", code).filter(v -> !v.isEmpty()).ifPresent(v -> reservations.add(PathId.valueOf(v)));
                }
                for (String list : List.of("framework-agreement", "dps-usage")) {
                    for (String code : coded(lot, list)) {
                        agreementSaid = true;
                        lookUp(list, code).ifPresent(v -> agreements.add(AgreementType.valueOf(v)));
                    }
                }
            }
            Optional<AgreementType> agreement = agreement(agreements, agreementSaid);
            Optional<String> procedure = Optional.empty();
            Set<PathId> procedurePaths = EnumSet.noneOf(PathId.class);
            List<String> justifications = new ArrayList<>();
            Set<PathId> justificationPaths = EnumSet.noneOf(PathId.class);
            Optional<Element> process = child(root, CAC, "TenderingProcess");
            if (process.isPresent()) {
                for (Element e : children(process.get(), CBC, "ProcedureCode")) {
                    String code = text(e);
                    procedure = Optional.of(code);
                    lookUp("procurement-procedure-type", code).ifPresent(v -> {
                        if (v.equals(NoticeCodes.NOT_MODELLED)) {
                            problems.add(new NoticeProblem(Reason.OUTSIDE_FOA, "ProcedureCode (BT-105)", "\"" + code + "\" is not a procedure of FOA"));
                        } else {
                            paths(v).forEach(procedurePaths::add);
                        }
                    });
                }
                for (Element j : children(process.get(), CAC, "ProcessJustification")) {
                    for (Element c : children(j, CBC, "ProcessReasonCode")) {
                        if ("direct-award-justification".equals(c.getAttribute("listName"))) {
                            String code = text(c);
                            justifications.add(code);
                            lookUp("direct-award-justification", code).filter(v -> !v.equals(NoticeCodes.NOT_MODELLED))
                                    .ifPresent(v -> paths(v).forEach(justificationPaths::add));
                        }
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new NoticeRefusal(problems);
            }
            return new Notice(source, kind.get(), subtype, issueDate, regime, legalBasis.parts, legalBasis.text, buyerTypes, authority,
                    subject, cpv, value, lots, agreement, procedure, procedurePaths, justifications, justificationPaths, reservations, warnings);
        }

        private Optional<LocalDate> issueDate() {
            Optional<Element> e = child(root, CBC, "IssueDate");
            if (e.isEmpty() || text(e.get()).isEmpty()) {
                problems.add(new NoticeProblem(Reason.MISSING_ELEMENT, "IssueDate (BT-05)", "is missing: the date the law is taken from cannot be told"));
                return Optional.empty();
            }
            String s = text(e.get());
            if (s.startsWith("${")) {
                // DFØ's templates keep the placeholder until publication: a draft, checked as of the date asked for.
                warnings.add("placeholder-date");
                return Optional.empty();
            }
            if (DATE.matcher(s).matches()) {
                try {
                    return Optional.of(LocalDate.parse(s.substring(0, 10)));
                } catch (DateTimeParseException ignored) {
                    // reported below
                }
            }
            problems.add(new NoticeProblem(Reason.BAD_VALUE, "IssueDate (BT-05)", "\"" + shorten(s) + "\" is not a date (yyyy-mm-dd)"));
            return Optional.empty();
        }

        private String regime() {
            Optional<Element> e = child(root, CBC, "RegulatoryDomain");
            if (e.isEmpty() || text(e.get()).isEmpty()) {
                problems.add(new NoticeProblem(Reason.MISSING_ELEMENT, "RegulatoryDomain (BT-01)", "is missing: the notice's legal basis cannot be told"));
                return null;
            }
            String code = text(e.get());
            Optional<String> v = lookUp("legal-basis", code);
            if (v.isPresent() && v.get().equals(NoticeCodes.NOT_MODELLED)) {
                problems.add(new NoticeProblem(Reason.OUTSIDE_FOA, "RegulatoryDomain (BT-01)",
                        "\"" + code + "\" is not FOA (anskaffelsesforskriften): Veivalg checks notices under FOA only"));
                return null;
            }
            return v.orElse(null);
        }

        /** A buyer abroad or an amount in another currency: FOA is for Norwegian buyers and NOK. */
        private void notNorwegian() {
            Set<String> currencies = new TreeSet<>();
            NodeList all = root.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                if (e.hasAttribute("currencyID")) {
                    currencies.add(e.getAttribute("currencyID"));
                }
            }
            currencies.remove("NOK");
            if (!currencies.isEmpty()) {
                problems.add(new NoticeProblem(Reason.NOT_NORWEGIAN, "currencyID",
                        "amounts in " + String.join(", ", currencies) + ", not NOK: not a Norwegian notice (FOA's thresholds are in kroner)"));
            }
            Map<String, String> countries = new HashMap<>();
            for (Element org : descendants(root, EFAC, "Organization")) {
                for (Element company : children(org, EFAC, "Company")) {
                    String id = child(company, CAC, "PartyIdentification").flatMap(p -> child(p, CBC, "ID")).map(NoticeReader::text).orElse("");
                    child(company, CAC, "PostalAddress").flatMap(a -> child(a, CAC, "Country")).flatMap(c -> child(c, CBC, "IdentificationCode"))
                            .map(NoticeReader::text).ifPresent(c -> countries.put(id, c));
                }
            }
            Set<String> abroad = new TreeSet<>();
            for (Element party : children(root, CAC, "ContractingParty")) {
                child(party, CAC, "Party").flatMap(p -> child(p, CAC, "PartyIdentification")).flatMap(p -> child(p, CBC, "ID"))
                        .map(NoticeReader::text).map(countries::get).filter(c -> !c.isEmpty() && !c.equals("NOR")).ifPresent(abroad::add);
            }
            if (!abroad.isEmpty()) {
                problems.add(new NoticeProblem(Reason.NOT_NORWEGIAN, "ContractingParty (buyer country, BT-514)",
                        "the buyer is in " + String.join(", ", abroad) + ", not in Norway (NOR): FOA binds Norwegian buyers"));
            }
        }

        private LegalBasis legalBasis(String regime) {
            Set<Integer> parts = new TreeSet<>();
            Optional<String> text = Optional.empty();
            boolean foaNamed = false;
            Optional<Element> terms = child(root, CAC, "TenderingTerms");
            for (Element ref : terms.map(t -> children(t, CAC, "ProcurementLegislationDocumentReference")).orElse(List.of())) {
                Optional<Element> id = child(ref, CBC, "ID");
                String idText = id.map(NoticeReader::text).orElse("");
                boolean eli = id.isPresent() && "ELI".equals(id.get().getAttribute("schemeName"));
                if (eli) {
                    Optional<String> law = codes.value("eli", idText);
                    if (law.isEmpty()) {
                        // Another Norwegian law or regulation (utilities, concessions, defence), or another country's.
                        problems.add(new NoticeProblem(Reason.OUTSIDE_FOA, "ProcurementLegislationDocumentReference/ID (BT-01)",
                                "\"" + shorten(idText) + "\" is not FOA (" + codes.codes("eli") + "): Veivalg checks notices under FOA only"));
                        continue;
                    }
                    foaNamed = true;
                } else if (!"LocalLegalBasis".equals(idText)) {
                    continue; // CrossBorderLaw and the like say nothing about FOA's Parts
                }
                for (Element d : children(ref, CBC, "DocumentDescription")) {
                    String description = text(d);
                    if (text.isEmpty()) {
                        text = Optional.of(description);
                    }
                    if (parts.isEmpty()) {
                        parts.addAll(parts(description));
                    }
                }
            }
            if ("NATIONAL".equals(regime) && !foaNamed) {
                warnings.add("legal-basis-not-foa-eli");
            }
            if (text.isPresent() && parts.isEmpty()) {
                warnings.add("legal-basis-parts-unreadable");
            }
            return new LegalBasis(parts, text);
        }

        private Optional<AuthorityKind> authority(List<String> buyerTypes) {
            Set<String> kinds = new LinkedHashSet<>();
            for (Element party : children(root, CAC, "ContractingParty")) {
                for (Element type : children(party, CAC, "ContractingPartyType")) {
                    for (Element code : children(type, CBC, "PartyTypeCode")) {
                        if (!"buyer-legal-type".equals(code.getAttribute("listName"))) {
                            continue;
                        }
                        String c = text(code);
                        buyerTypes.add(c);
                        lookUp("buyer-legal-type", c).ifPresent(kinds::add);
                        if (c.endsWith("-cga") && c.startsWith("body-pl")) {
                            warnings.add("cga-threshold-open");
                        }
                    }
                }
            }
            if (kinds.size() == 1 && !kinds.contains(NoticeCodes.UNKNOWN_FACT)) {
                return Optional.of(AuthorityKind.valueOf(kinds.iterator().next()));
            }
            if (kinds.size() > 1) {
                warnings.add("buyers-of-several-kinds");
            }
            return Optional.empty();
        }

        private Optional<SubjectType> subject(Element project, String where) {
            for (Element e : children(project, CBC, "ProcurementTypeCode")) {
                if ("contract-nature".equals(e.getAttribute("listName"))) {
                    return lookUp("contract-nature", text(e)).map(SubjectType::valueOf);
                }
            }
            return Optional.empty();
        }

        private List<String> cpv(Element project) {
            List<String> out = new ArrayList<>();
            List<Element> classifications = new ArrayList<>(children(project, CAC, "MainCommodityClassification"));
            classifications.addAll(children(project, CAC, "AdditionalCommodityClassification"));
            for (Element c : classifications) {
                for (Element code : children(c, CBC, "ItemClassificationCode")) {
                    if ("cpv".equals(code.getAttribute("listName"))) {
                        String s = text(code);
                        if (s.isEmpty()) {
                            continue;
                        }
                        if (!s.matches("\\d{8}")) {
                            problems.add(new NoticeProblem(Reason.UNKNOWN_CODE, "ItemClassificationCode (BT-262)", "\"" + shorten(s) + "\" is not a CPV code (8 digits)"));
                        } else if (!out.contains(s)) {
                            out.add(s);
                        }
                    }
                }
            }
            return out;
        }

        private Optional<Long> amount(Element project, String where) {
            Optional<Element> amount = child(project, CAC, "RequestedTenderTotal").flatMap(t -> child(t, CBC, "EstimatedOverallContractAmount"));
            if (amount.isEmpty()) {
                return Optional.empty();
            }
            String s = text(amount.get());
            try {
                BigDecimal v = new BigDecimal(s);
                if (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(io.github.veivalg.vocabulary.Money.MAX_KRONER)) > 0) {
                    problems.add(new NoticeProblem(Reason.BAD_VALUE, where, s + " is not an amount between 0 and " + io.github.veivalg.vocabulary.Money.MAX_KRONER));
                    return Optional.empty();
                }
                // Whole kroner: øre are rounded up, so that a value at a threshold is never read as below it.
                return Optional.of(v.setScale(0, RoundingMode.CEILING).longValueExact());
            } catch (NumberFormatException | ArithmeticException e) {
                problems.add(new NoticeProblem(Reason.BAD_VALUE, where, "\"" + shorten(s) + "\" is not an amount"));
                return Optional.empty();
            }
        }

        /** The agreement the notice announces: a framework agreement or DPS when it says so, otherwise a contract (FOA § 4-1). */
        private Optional<AgreementType> agreement(Set<AgreementType> said, boolean agreementSaid) {
            Set<AgreementType> special = EnumSet.copyOf(said.isEmpty() ? EnumSet.of(AgreementType.SINGLE_CONTRACT) : said);
            special.remove(AgreementType.SINGLE_CONTRACT);
            if (special.size() > 1) {
                return Optional.empty(); // lots of different kinds: not one agreement type
            }
            if (special.size() == 1) {
                return Optional.of(special.iterator().next());
            }
            if (!agreementSaid) {
                warnings.add("no-framework-indicator");
            }
            return Optional.of(AgreementType.SINGLE_CONTRACT);
        }

        /** The codes of one list under an element, wherever they sit in it. */
        private List<String> coded(Element scope, String listName) {
            List<String> out = new ArrayList<>();
            NodeList all = scope.getElementsByTagNameNS(CBC, "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                if (listName.equals(e.getAttribute("listName"))) {
                    out.add(text(e));
                }
            }
            return out;
        }

        /** A code's value; an unknown code is a problem, named with its list. */
        private Optional<String> lookUp(String table, String code) {
            if (code.isEmpty()) {
                return Optional.empty(); // an empty element says nothing
            }
            Optional<String> v = codes.value(table, code);
            if (v.isEmpty()) {
                problems.add(new NoticeProblem(Reason.UNKNOWN_CODE, table, "\"" + shorten(code) + "\" is not a code of the eForms list " + table));
                return Optional.empty();
            }
            return v.filter(s -> !s.equals(NoticeCodes.UNKNOWN_FACT));
        }
    }

    private record LegalBasis(Set<Integer> parts, Optional<String> text) {
    }

    /** The Parts of FOA a legal-basis description names: "Del 1 og 2" is {1, 2}; none when it names none. */
    static Set<Integer> parts(String description) {
        Set<Integer> parts = new TreeSet<>();
        Matcher m = PARTS.matcher(description.toLowerCase(Locale.ROOT));
        if (m.find()) {
            Matcher n = PART_NUMBER.matcher(m.group(1));
            while (n.find()) {
                parts.add(switch (n.group()) {
                    case "i" -> 1;
                    case "ii" -> 2;
                    case "iii" -> 3;
                    case "iv" -> 4;
                    case "v" -> 5;
                    default -> Integer.parseInt(n.group());
                });
            }
        }
        return parts;
    }

    private static List<PathId> paths(String value) {
        List<PathId> out = new ArrayList<>();
        for (String s : value.split(",")) {
            out.add(PathId.valueOf(s.trim()));
        }
        return out;
    }

    static String text(Element e) {
        return e.getTextContent() == null ? "" : e.getTextContent().trim();
    }

    static Optional<Element> child(Element parent, String ns, String local) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local.equals(e.getLocalName()) && ns.equals(e.getNamespaceURI())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    static List<Element> children(Element parent, String ns, String local) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local.equals(e.getLocalName()) && ns.equals(e.getNamespaceURI())) {
                out.add(e);
            }
        }
        return out;
    }

    static List<Element> descendants(Element parent, String ns, String local) {
        NodeList list = parent.getElementsByTagNameNS(ns, local);
        List<Element> out = new ArrayList<>(list.getLength());
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }
}
