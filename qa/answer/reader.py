"""The learned reader's parameters: a span ranker and a calibrated answer-or-abstain model.

Both read ``qa.answer.features`` and are fitted by ``python -m qa.evaluation.train_reader`` on the
tune split of the project's question sets (CMRC 2018 tune paragraphs, the 13-report tune questions, the seed
report's set) and checked on held-out questions it never saw. The fitted weights ship as a small JSON file
(``models/reader.json``); its version (a hash of the file) is recorded in the index manifest and load info.

  span ranker   gradient-boosted trees (LightGBM LambdaRank ordering each question's spans by their F1 against
                the gold answer, scores mapped onto that scale; or scikit-learn's HistGradientBoostingRegressor
                predicting it), exported to arrays and evaluated here with numpy; a conditional logit
                (P(span | question) ∝ exp(w · x_span)) is kept as the fallback and for bootstrapping; two
                fits' forests can be averaged (``Trees.blend``, ``qa.evaluation.blend_reader``);
  abstainer     logistic regression on the question-level features and the best span's features: P(the
                retrieved text answers the question); abstain when it is below ``threshold`` (chosen on tune,
                see the model file's ``notes``).
  verifier      gradient-boosted trees (LightGBM, binary) on the same features, the abstainer's probability,
                the answer's score and what its own sentence says of the question (``answer_evidence``), fitted
                on the whole engine's answers (rules included) to the report questions of the tune sets: P(the
                question is one the text answers) for the answer actually given; a report's answer below
                ``verify_threshold`` is withdrawn (``qa.evaluation.train_verifier``).
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from qa.answer.answer_evidence import EVIDENCE_FEATURES
from qa.answer.features import QUESTION_FEATURES, SPAN_FEATURES

logger = logging.getLogger(__name__)

MODEL_PATH = Path(__file__).with_name("models") / "reader.json"
_TREE_TYPES = {"feature": np.int64, "threshold": np.float64, "left": np.int64, "right": np.int64,
               "is_leaf": bool, "value": np.float64}  # the arrays of one exported tree


@dataclass
class Trees:
    """A gradient-boosted regression forest (fitted by scikit-learn), stored as arrays and evaluated with numpy.

    Each tree is (feature, threshold, left, right, is_leaf, value) per node; a row goes left when
    ``x[feature] <= threshold``. The prediction is ``baseline`` plus the leaf values reached."""

    baseline: float
    trees: list[dict[str, np.ndarray]]
    depth: int
    _flat: tuple | None = field(default=None, repr=False, compare=False)
    ROW_BLOCK = 128  # rows walked together: 2–3× faster than all at once for several hundred candidates

    def predict(self, X: np.ndarray) -> np.ndarray:
        if self._flat is None:  # all trees in one node table, a leaf its own child: every tree walks in step
            offsets = np.cumsum([0] + [len(t["value"]) for t in self.trees[:-1]])
            cat = {k: np.concatenate([t[k] for t in self.trees]) for k in self.trees[0]}
            leaf, ids = cat["is_leaf"], np.arange(len(cat["value"]))
            left = np.where(leaf, ids, np.concatenate([t["left"] + o for t, o in zip(self.trees, offsets)]))
            right = np.where(leaf, ids, np.concatenate([t["right"] + o for t, o in zip(self.trees, offsets)]))
            self._flat = (offsets, np.where(leaf, 0, cat["feature"]), np.where(leaf, np.inf, cat["threshold"]),
                          np.stack([right, left], axis=1).ravel(), cat["value"])  # child of i: [2i + went left]
        offsets, feature, threshold, child, value = self._flat
        n_rows, n_cols = X.shape
        flat = np.ascontiguousarray(X, dtype=np.float64).ravel()
        out = np.empty(n_rows)
        for r0 in range(0, n_rows, self.ROW_BLOCK):  # trees × rows index arrays that stay in cache
            r1 = min(n_rows, r0 + self.ROW_BLOCK)
            row_start = (np.arange(r0, r1) * n_cols)[None, :]
            idx = np.repeat(offsets[:, None], r1 - r0, axis=1)
            for _ in range(self.depth - 1):  # a tree of depth d (levels of nodes) takes d - 1 steps to a leaf
                idx = child[2 * idx + (flat[row_start + feature[idx]] <= threshold[idx])]
            out[r0:r1] = value[idx].sum(axis=0)
        return self.baseline + out

    def blend(self, other: "Trees", weight: float) -> "Trees":
        """One forest predicting ``(1 - weight) * self + weight * other``: a refit on more questions alone moves
        answers the later rules were tuned with, the mean of both keeps more of them (measured, and not shipped:
        docs/benchmarks.md, twenty-seventh pass)."""
        def scaled(trees: list[dict[str, np.ndarray]], f: float) -> list[dict[str, np.ndarray]]:
            return [{**t, "value": t["value"] * f} for t in trees]

        return Trees((1 - weight) * self.baseline + weight * other.baseline,
                     scaled(self.trees, 1 - weight) + scaled(other.trees, weight), max(self.depth, other.depth))

    def to_json(self) -> dict:
        return {"baseline": self.baseline, "depth": self.depth,
                "trees": [{k: [round(float(v), 6) if k in ("threshold", "value") else int(v) for v in arr]
                           for k, arr in tree.items()} for tree in self.trees]}

    @classmethod
    def from_json(cls, d: dict) -> "Trees":
        return cls(float(d["baseline"]), [{k: np.asarray(v, dtype=_TREE_TYPES[k]) for k, v in tree.items()}
                                          for tree in d["trees"]], int(d["depth"]))

    @classmethod
    def from_lightgbm(cls, booster, scale: float = 1.0, offset: float = 0.0) -> "Trees":
        """Export a LightGBM booster (numerical ``<=`` splits, no missing values) to arrays, its output mapped to
        ``scale * raw + offset`` (a ranker's scores are put on the label's scale that way)."""
        trees, depth = [], 1
        for info in booster.dump_model()["tree_info"]:
            cols: dict[str, list] = {k: [] for k in ("feature", "threshold", "left", "right", "is_leaf", "value")}

            def add(node: dict, level: int) -> int:
                nonlocal depth
                i = len(cols["value"])
                for k in cols:
                    cols[k].append(0)
                if "leaf_value" in node:
                    cols["is_leaf"][i], cols["value"][i] = True, scale * float(node["leaf_value"])
                    depth = max(depth, level + 1)
                    return i
                if node.get("decision_type", "<=") != "<=":
                    raise ValueError(f"unsupported split {node.get('decision_type')}")
                cols["feature"][i], cols["threshold"][i] = int(node["split_feature"]), float(node["threshold"])
                cols["is_leaf"][i] = False
                cols["left"][i] = add(node["left_child"], level + 1)
                cols["right"][i] = add(node["right_child"], level + 1)
                return i

            add(info["tree_structure"], 0)
            trees.append({k: np.asarray(v, dtype=_TREE_TYPES[k]) for k, v in cols.items()})
        return cls(float(offset), trees, depth)

    @classmethod
    def from_sklearn(cls, model) -> "Trees":
        """Export a fitted ``HistGradientBoostingRegressor`` (squared error) to arrays."""
        trees, depth = [], 1
        for (pred,) in model._predictors:
            n = pred.nodes
            trees.append({"feature": n["feature_idx"].astype(np.int64), "threshold": n["num_threshold"].astype(np.float64),
                          "left": n["left"].astype(np.int64), "right": n["right"].astype(np.int64),
                          "is_leaf": n["is_leaf"].astype(bool), "value": n["value"].astype(np.float64)})
            depth = max(depth, int(n["depth"].max()) + 1)
        return cls(float(np.ravel(model._baseline_prediction)[0]), trees, depth)


_ENGLISH = QUESTION_FEATURES.index("english")


@dataclass
class ReaderModel:
    span_weights: np.ndarray
    abstain_weights: np.ndarray
    threshold: float = 0.5
    version: str = "untrained"
    notes: dict = field(default_factory=dict)
    trees: Trees | None = None  # when fitted, spans are ranked by the forest (the linear weights stay as a fallback)
    cite_margin: float = 2.0  # other passages are cited when their best span scores within this of the answer
    impute: dict = field(default_factory=dict)  # question features without embeddings: their typical answered value
    expand_margin: float = 0.0  # the answer covers the spans of its sentence scoring within this of the best
    expand_margin_article: float | None = None  # the same in a short article (None: as in a report)
    # log-odds added to P(answered) of an English question: its words reach the text through the glossary only,
    # so its lexical evidence reads weaker than it is (fitted by qa.evaluation.english_shift on the tune sets)
    english_shift: float = 0.0
    verifier: Trees | None = None  # the second check of an answer given (None: every answer stands)
    verify_threshold: float = 0.0
    verifier_notes: dict = field(default_factory=dict)

    @classmethod
    def default(cls) -> "ReaderModel":
        """Hand-set weights, used only before a model is fitted (and to bootstrap training data)."""
        w = np.zeros(len(SPAN_FEATURES), dtype=np.float32)
        for name, v in {"lex_clause": 3.0, "lex_sent": 1.0, "rank_recip": 1.0, "span_in_question": -2.0,
                        "anchors2": 2.0, "anchors1": 1.0, "unit_ok": 1.0, "number_x_qty": 2.0, "date_x_date": 2.0,
                        "who_x_name": 1.5, "list_x_list": 1.5, "fact_x_copula": 0.5, "fact_x_aligned": 1.0,
                        "sem_rel": 3.0, "year_named": 0.5, "year_other": -1.0, "dist": -0.3}.items():
            w[SPAN_FEATURES.index(name)] = v
        a = np.zeros(len(QUESTION_FEATURES), dtype=np.float32)
        for name, v in {"bias": -1.0, "best_lex_passage": 4.0, "missing_share": -2.0, "unknown_share": -4.0,
                        "rare_missing": -1.5, "year_other": -2.0}.items():
            a[QUESTION_FEATURES.index(name)] = v
        return cls(w, a, 0.5, "default")

    @classmethod
    def load(cls, path: str | Path = MODEL_PATH) -> "ReaderModel":
        p = Path(path)
        if not p.exists():
            logger.warning("no fitted reader model at %s: using default weights", p)
            return cls.default()
        raw = p.read_bytes()
        d = json.loads(raw)
        if list(d["span_features"]) != list(SPAN_FEATURES) or list(d["question_features"]) != list(QUESTION_FEATURES):
            logger.warning("reader model %s does not match the code's features: using default weights", p)
            return cls.default()
        trees = Trees.from_json(d["span_trees"]) if d.get("span_trees") else None
        check = d.get("verifier") or {}
        if check and list(check.get("evidence_features") or ()) != list(EVIDENCE_FEATURES):
            logger.warning("reader model %s: its verifier does not match the code's evidence features: no verifier", p)
            check = {}
        return cls(np.asarray(d["span_weights"], dtype=np.float32), np.asarray(d["abstain_weights"], dtype=np.float32),
                   float(d["threshold"]), hashlib.sha1(raw).hexdigest()[:12], d.get("notes", {}), trees,
                   float(d.get("cite_margin", 2.0)), dict(d.get("impute") or {}), float(d.get("expand_margin", 0.0)),
                   d.get("expand_margin_article"), float(d.get("english_shift", 0.0)),
                   Trees.from_json(check["trees"]) if check.get("trees") else None,
                   float(check.get("threshold", 0.0)), dict(check.get("notes") or {}))

    def save(self, path: str | Path = MODEL_PATH) -> None:
        d = {"span_features": list(SPAN_FEATURES), "span_weights": [round(float(v), 6) for v in self.span_weights],
             "question_features": list(QUESTION_FEATURES),
             "abstain_weights": [round(float(v), 6) for v in self.abstain_weights],
             "threshold": round(float(self.threshold), 4), "cite_margin": round(float(self.cite_margin), 4),
             "expand_margin": round(float(self.expand_margin), 4),
             "expand_margin_article": None if self.expand_margin_article is None
             else round(float(self.expand_margin_article), 4), "english_shift": round(float(self.english_shift), 4),
             "impute": self.impute, "notes": self.notes, "span_trees": self.trees.to_json() if self.trees else None,
             "verifier": None if self.verifier is None else {
                 "threshold": round(float(self.verify_threshold), 4), "evidence_features": list(EVIDENCE_FEATURES),
                 "notes": self.verifier_notes,
                 "trees": self.verifier.to_json()}}
        Path(path).write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    def widening(self, article: bool) -> float:
        """The widening margin for an answer from a short article or from a longer document."""
        return self.expand_margin if not article or self.expand_margin_article is None else self.expand_margin_article

    def span_logits(self, X: np.ndarray) -> np.ndarray:
        if self.trees is not None:
            return self.trees.predict(X)
        return X @ self.span_weights

    def p_answerable(self, q: np.ndarray, span_x: np.ndarray | None = None) -> float:
        """P(answered) from the question's features and, when the abstainer was fitted on them too, the best
        span's features (what tells a near miss: the figure is there, its clause is about something else)."""
        w = self.abstain_weights
        shift = self.english_shift * float(q[_ENGLISH])
        if len(w) == len(QUESTION_FEATURES) + len(SPAN_FEATURES):
            if span_x is None:
                raise ValueError("this abstainer needs the best span's features")
            q = np.concatenate([q, span_x])
        return float(1.0 / (1.0 + np.exp(-float(q @ w) - shift)))

    def p_answer_stands(self, q: np.ndarray, span_x: np.ndarray, p_answer: float, score: float,
                        evidence: np.ndarray) -> float:
        """The verifier's P(the question is one the text answers), for the answer given (1.0 without one)."""
        if self.verifier is None:
            return 1.0
        row = verifier_row(q, span_x, p_answer, score, evidence)
        return float(1.0 / (1.0 + np.exp(-self.verifier.predict(row[None])[0])))


def verifier_row(q: np.ndarray, span_x: np.ndarray, p_answer: float, score: float,
                 evidence: np.ndarray) -> np.ndarray:
    """The verifier's inputs: question features, the answer span's features, the abstainer's log-odds, the
    ranker's score of the answer and the answer's evidence features (no missing values: the exported trees have
    no default direction)."""
    p = min(max(float(p_answer), 1e-4), 1 - 1e-4)
    row = np.concatenate([np.asarray(q, dtype=np.float64), np.asarray(span_x, dtype=np.float64),
                          [np.log(p / (1 - p)), float(score)], np.asarray(evidence, dtype=np.float64)])
    return np.nan_to_num(row)


_model: ReaderModel | None = None


def shipped_model() -> ReaderModel:
    """The shipped model (or the file named by ``QA_READER_MODEL``, for experiments), loaded once per process."""
    global _model
    if _model is None:
        _model = ReaderModel.load(os.environ.get("QA_READER_MODEL") or MODEL_PATH)
    return _model
