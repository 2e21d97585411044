package io.github.veivalg.examples.notice;

import io.github.veivalg.examples.notice.NoticeVerdict.OpenPath;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One JSON object per notice: its verdict, or the reasons it could not be read. */
final class NoticeJson {

    private NoticeJson() {
    }

    static Map<String, Object> verdict(String file, NoticeVerdict v) {
        Notice n = v.notice();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.put("read", true);
        m.put("verdict", v.verdict().name());
        m.put("noticeType", n.kind().name());
        m.put("noticeSubtype", n.subtype());
        m.put("evaluationDate", v.date().toString());
        m.put("issueDateIsPlaceholder", n.issueDate().isEmpty());
        Map<String, Object> chose = new LinkedHashMap<>();
        chose.put("legalBasis", n.legalBasisText().orElse(null));
        chose.put("foaParts", List.copyOf(new java.util.TreeSet<>(n.foaParts())));
        chose.put("procedure", n.procedureCode().orElse(null));
        chose.put("directAwardJustification", n.justificationCodes());
        chose.put("reservation", n.reservationPaths().stream().map(Enum::name).sorted().toList());
        m.put("chose", chose);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("buyerLegalType", n.buyerLegalTypes());
        facts.put("authorityKind", n.authorityKind().map(Enum::name).orElse(null));
        facts.put("subjectType", n.subjectType().map(Enum::name).orElse(null));
        facts.put("cpvCodes", n.cpvCodes());
        facts.put("estimatedValueNok", n.estimatedValueNok().orElse(null));
        List<Map<String, Object>> lots = new ArrayList<>();
        for (Notice.NoticeLot lot : n.lots()) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("id", lot.id());
            l.put("estimatedValueNok", lot.estimatedValueNok().orElse(null));
            lots.add(l);
        }
        facts.put("lots", lots);
        facts.put("agreementType", n.agreementType().map(Enum::name).orElse(null));
        m.put("facts", facts);
        m.put("band", v.band().name());
        m.put("reasons", v.reasons());
        List<Map<String, Object>> open = new ArrayList<>();
        for (OpenPath p : v.openPaths()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", p.id().name());
            o.put("status", p.status().name());
            o.put("title", p.title());
            o.put("legalBasis", p.legalBasis());
            open.add(o);
        }
        m.put("openPaths", open);
        m.put("questions", v.questions());
        m.put("presumptions", v.presumptions());
        m.put("warnings", v.warnings());
        return m;
    }

    static Map<String, Object> refusal(String file, NoticeRefusal r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.put("read", false);
        m.put("verdict", null);
        m.put("refusedFor", r.reason().name());
        List<Map<String, Object>> problems = new ArrayList<>();
        for (NoticeProblem p : r.problems()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("reason", p.reason().name());
            o.put("field", p.field());
            o.put("message", p.message());
            problems.add(o);
        }
        m.put("problems", problems);
        return m;
    }
}
