package org.societyflow.modeling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Which process variables a BPMN model reads, element by element, and which it defines for itself. Reads are the
 * root identifiers of its JUEL expressions ({@code ${...}}, {@code #{...}}) wherever the engine evaluates them —
 * conditions, due dates, candidate groups, assignees, form keys, timers, mappings, listener and task expressions —
 * and the sources a call activity passes in. A root is what an expression starts a path with: in
 * {@code ${deadlines.before(filingDue, 'x')}} that is {@code deadlines} (a bean) and {@code filingDue}; properties,
 * method and function names, string literals and the language's keywords are not roots.
 */
final class VariableReads {

    static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    /** JUEL's operators and literals that read like names. */
    static final Set<String> KEYWORDS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge", "empty", "true",
            "false", "null", "div", "mod", "instanceof");
    /** Text the engine never evaluates, though it may quote an expression. */
    private static final Set<String> NOT_EVALUATED = Set.of("documentation", "text", "property");
    /** Attributes whose first root is the bean they call, which the bean rule checks. */
    private static final Set<String> BEAN_CALLS = Set.of("delegateExpression", "expression");

    private VariableReads() {
    }

    /** Element id → the names its expressions read, in the order they appear; the process's id for its own. */
    static Map<String, Set<String>> reads(BpmnModelInstance model) {
        Map<String, Set<String>> reads = new LinkedHashMap<>();
        walk(model, root(model), reads);
        return reads;
    }

    /**
     * The names the model gives values itself: input and output mappings, a multi-instance's element variable, a
     * call activity's outputs, result and error variables, and the fields of its embedded forms.
     */
    static Set<String> defined(BpmnModelInstance model) {
        Set<String> names = new LinkedHashSet<>();
        collectDefined(root(model), names);
        return names;
    }

    /** The root identifiers of every expression in {@code text}. */
    static List<String> roots(String text) {
        List<String> roots = new ArrayList<>();
        int start = nextExpression(text, 0);
        while (start >= 0) {
            int end = closing(text, start + 2);
            roots.addAll(rootsOfBody(text.substring(start + 2, end)));
            start = nextExpression(text, end);
        }
        return roots;
    }

    private static Element root(BpmnModelInstance model) {
        return ((org.w3c.dom.Document) model.getDocument().getDomSource().getNode()).getDocumentElement();
    }

    private static void walk(BpmnModelInstance model, Element element, Map<String, Set<String>> reads) {
        if (NOT_EVALUATED.contains(element.getLocalName()) || !(BPMN.equals(element.getNamespaceURI())
                || CAMUNDA.equals(element.getNamespaceURI()))) {
            return;
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            List<String> roots = roots(attribute.getValue());
            if (BEAN_CALLS.contains(attribute.getLocalName()) && !roots.isEmpty()) {
                roots = roots.subList(1, roots.size());
            }
            add(model, element, roots, reads);
        }
        if (CAMUNDA.equals(element.getNamespaceURI()) && "in".equals(element.getLocalName())
                && element.hasAttribute("source")) {
            add(model, element, List.of(element.getAttribute("source")), reads);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                walk(model, e, reads);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                add(model, element, roots(child.getNodeValue()), reads);
            }
        }
    }

    private static void add(BpmnModelInstance model, Element element, List<String> names,
                            Map<String, Set<String>> reads) {
        if (!names.isEmpty()) {
            reads.computeIfAbsent(owner(model, element), id -> new LinkedHashSet<>()).addAll(names);
        }
    }

    /** The flow element or process the text belongs to, as a modeler sees it. */
    private static String owner(BpmnModelInstance model, Element element) {
        String nearest = null;
        for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
            String id = e.getAttribute("id");
            if (id.isEmpty()) {
                continue;
            }
            nearest = nearest == null ? id : nearest;
            if (model.getModelElementById(id) instanceof FlowElement || model.getModelElementById(id) instanceof Process) {
                return id;
            }
        }
        return nearest;
    }

    private static void collectDefined(Element element, Set<String> names) {
        if (CAMUNDA.equals(element.getNamespaceURI())) {
            switch (element.getLocalName()) {
                case "inputParameter", "outputParameter" -> names.add(element.getAttribute("name"));
                case "out" -> addIfPresent(element.getAttribute("target"), names);
                case "formField" -> names.add(element.getAttribute("id"));
                default -> {
                }
            }
        }
        for (String attribute : List.of("elementVariable", "resultVariable", "errorCodeVariable", "errorMessageVariable",
                "escalationCodeVariable")) {
            addIfPresent(element.getAttributeNS(CAMUNDA, attribute), names);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                collectDefined(e, names);
            }
        }
    }

    private static void addIfPresent(String name, Set<String> names) {
        if (name != null && !name.isBlank()) {
            names.add(name);
        }
    }

    private static int nextExpression(String text, int from) {
        int dollar = text.indexOf("${", from);
        int hash = text.indexOf("#{", from);
        return dollar < 0 ? hash : hash < 0 ? dollar : Math.min(dollar, hash);
    }

    /** Where the expression opened before {@code from} ends: its closing brace outside string literals. */
    private static int closing(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                i = endOfLiteral(text, i);
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && depth-- == 0) {
                return i;
            }
        }
        return text.length();
    }

    private static int endOfLiteral(String text, int open) {
        char quote = text.charAt(open);
        int i = open + 1;
        while (i < text.length() && text.charAt(i) != quote) {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i, text.length() - 1);
    }

    private static List<String> rootsOfBody(String body) {
        List<String> roots = new ArrayList<>();
        char previous = ' ';
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '\'' || c == '"') {
                i = endOfLiteral(body, i) + 1;
                previous = 'L';
            } else if (Character.isDigit(c)) {
                while (i < body.length() && (Character.isLetterOrDigit(body.charAt(i)) || body.charAt(i) == '.')) {
                    i++;
                }
                previous = 'N';
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i;
                while (end < body.length() && Character.isJavaIdentifierPart(body.charAt(end))) {
                    end++;
                }
                String word = body.substring(i, end);
                int next = end;
                while (next < body.length() && Character.isWhitespace(body.charAt(next))) {
                    next++;
                }
                boolean call = next < body.length() && body.charAt(next) == '(';
                if (previous != '.' && !call && !KEYWORDS.contains(word)) {
                    roots.add(word);
                }
                i = end;
                previous = 'W';
            } else {
                if (!Character.isWhitespace(c)) {
                    previous = c;
                }
                i++;
            }
        }
        return roots;
    }
}
