"""How the build's templates are compiled and run: Jinja's own code generator and runtime, with shortcuts.

Six shortcuts through Jinja's machinery, which is most of a page's cost (a card page evaluates
~120 expressions and ~20 calls; 5,000 of them took 0.87 s of CPU without these, 0.55 s with them):

- A template's output is escaped by `escape`, which returns the escaped text as a plain string. Jinja's
  compiled code escapes only what it outputs, and everything that collects output (a macro, a `{% set %}`
  block, a `{% call %}` body) marks the joined text safe again, so no text is escaped twice or left unescaped.
  markupsafe's `escape` wraps each result in a new `Markup` object in Python.
- A call to `url()`, `summary()` or a macro goes straight to it, and a call of a method of `words` (`say()`,
  `date()`...) or of our extensions is compiled as a plain call. Jinja looks at every callable for `pass_context`
  and friends first; these take none of them.
- A template's globals are a plain dict (see `Environment.make_globals`).
- `x.name`, the templates' commonest expression, is compiled to Python's own `getattr(x, "name", missing)`, and
  only when `x` has no such attribute to Jinja's lookup (an item of that name, else undefined): a method call less
  each time (see `_CodeGenerator`; 1-2 % of a cold build's CPU at 5,000 cards).
- A run of text and values (`<a href="{{ a }}">{{ b }}</a>`) is output as one string made by `%`, not one string
  for each: every string a page outputs passes through each template it extends or includes (3 % of a cold build's
  instructions at 1,000 cards).
- A template's root and block functions collect their output in a list (`_o`) and yield it joined: at their end, every
  1,024 pieces in a loop, and before a block, an include or a `{% call %}` (whose output then passes as it is, a
  kept `{% cache %}` block as its bytes). Jinja yields each string, and each yield resumes every generator between
  it and the page: a card page's ~80 strings went through 3-4 of them, a front page's 160,000 through 4-6.
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from typing import Any

import jinja2
import jinja2.runtime
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame, is_python_keyword
from markupsafe import _escape_inner  # markupsafe 3: the C function inside its escape()

from generator.urls import Linker, Summary

_bind: Callable[[str], str] | None = None  # the spaces the site's language binds in a text (spacing.py), if any


def bind_spaces(bind: Callable[[str], str] | None) -> None:
    """Have `escape` make the spaces `bind` binds no-break in the texts it escapes (None: as they are)."""
    global _bind
    _bind = bind


def escape(value: Any) -> str:
    """markupsafe.escape, returning a plain string (see the module); a text's binding spaces made no-break."""
    if type(value) is str:
        return _escape_inner(value if _bind is None else _bind(value))
    html = getattr(value, "__html__", None)
    if html is not None:
        return html()  # type: ignore[no-any-return]
    return _escape_inner(str(value))


_OUT = "_o"  # the list a root or block function collects its output in (see the module)
_FLUSH_AT = 1024  # pieces a loop lets it hold before it yields them joined


class _CodeGenerator(CodeGenerator):
    def enter_frame(self, frame: Frame) -> None:
        super().enter_frame(frame)
        if (frame.rootlevel or frame.block_frame) and frame.buffer is None and not self.environment.is_async:
            frame.buffer = _OUT  # (the frames inside it take it: a macro, a {% set %} block... make their own)
            self.writeline(f"{_OUT} = []")

    def leave_frame(self, frame: Frame, with_python_scope: bool = False) -> None:
        super().leave_frame(frame, with_python_scope)
        if with_python_scope and frame.buffer == _OUT and (frame.rootlevel or frame.block_frame):
            self.writeline(f"if {_OUT}: yield concat({_OUT})")  # (before a child template's parent is rendered)

    def blockvisit(self, nodes: Any, frame: Frame) -> None:
        super().blockvisit(nodes, frame)
        if frame.loop_frame and frame.buffer == _OUT:  # a loop's body: a long listing is not held whole
            self.writeline(f"if len({_OUT}) >= {_FLUSH_AT}: yield concat({_OUT}); {_OUT}.clear()")

    def _unbuffered(self, frame: Frame) -> Frame:
        """`frame`, its output so far yielded, as a frame that yields (a block's or an include's pieces go on as they
        come, not into this function's list)."""
        if frame.buffer != _OUT:
            return frame
        self.writeline(f"if {_OUT}: yield concat({_OUT}); {_OUT}.clear()")
        frame = frame.copy()
        frame.buffer = None
        return frame

    def visit_Block(self, node: nodes.Block, frame: Frame) -> None:
        super().visit_Block(node, frame if frame.toplevel and self.has_known_extends else self._unbuffered(frame))

    def visit_Include(self, node: nodes.Include, frame: Frame) -> None:
        super().visit_Include(node, self._unbuffered(frame))

    def visit_CallBlock(self, node: nodes.CallBlock, frame: Frame) -> None:
        super().visit_CallBlock(node, self._unbuffered(frame))

    def visit_OverlayScope(self, node: nodes.OverlayScope, frame: Frame) -> None:
        super().visit_OverlayScope(node, self._unbuffered(frame))  # (its frame is isolated: it yields)

    def visit_Getattr(self, node: nodes.Getattr, frame: Frame) -> None:
        """`(_v if (_v := getattr(x, name, missing)) is not missing else environment.getattr(x, name))`: x again
        only when it has no such attribute (Jinja's own code calls `environment.getattr` for every one)."""
        if self.environment.is_async or self.optimizer is None:  # (as Jinja compiles it: see its `optimizeconst`)
            super().visit_Getattr(node, frame)
        elif not frame.eval_ctx.volatile and (folded := self.optimizer.visit(node, frame.eval_ctx)) != node:
            self.visit(folded, frame)
        else:
            self.write("(_v if (_v := getattr(")
            self.visit(node.node, frame)
            self.write(f", {node.attr!r}, missing)) is not missing else environment.getattr(")
            self.visit(node.node, frame)
            self.write(f", {node.attr!r}))")


    def visit_Output(self, node: nodes.Output, frame: Frame) -> None:
        """`<a href="{{ a }}">{{ b }}</a>` outputs one string, `'<a href="%s">%s</a>' % (escape(a), escape(b))`,
        not five: each string a page yields passes through every template it extends or includes."""
        finalize = self._make_finalize()
        if (frame.require_output_check or frame.eval_ctx.volatile or not frame.eval_ctx.autoescape
                or finalize.src is not None or self.environment.is_async):
            super().visit_Output(node, frame)
            return
        pieces: list[str | nodes.Expr] = []  # constant text, and the values to work out
        for child in node.nodes:
            try:
                if not (finalize.const or isinstance(child, nodes.TemplateData)):
                    raise nodes.Impossible()
                pieces.append(str(self._output_child_to_const(child, frame, finalize)))
            except (nodes.Impossible, Exception):  # (as Jinja's own visit_Output decides what is constant)
                pieces.append(child)
        values = [piece for piece in pieces if not isinstance(piece, str)]
        self.writeline("yield " if frame.buffer is None else f"{frame.buffer}.append(", node)
        if not values:
            self.write(repr("".join(piece for piece in pieces if isinstance(piece, str))))
        else:
            self.write(repr("".join(p.replace("%", "%%") if isinstance(p, str) else "%s" for p in pieces)) + " % (")
            for child in values:
                self.newline(child)  # (its own line of code: an error in it is said at its line of the template)
                self.write("escape(")
                self.visit(child, frame)
                self.write("), ")
            self.write(")")
        if frame.buffer is not None:
            self.write(")")

    def visit_Call(self, node: nodes.Call, frame: Frame, forward_caller: bool = False) -> None:
        """`words.say(...)`, `words.date(...)` and our extensions' methods (`{% once %}`'s): the method called
        straight, not through `context.call` (which looks for `pass_context` and friends at every call; these take
        none). `url(...)`, `summary(...)` and a macro's call: straight too when the name holds one of those
        (`_direct`), else through context.call (a template's own `{% set url = ... %}` may hold anything)."""
        target = node.node
        if (self.environment.is_async or forward_caller or node.dyn_args or node.dyn_kwargs
                or any(is_python_keyword(keyword.key) for keyword in node.kwargs)):
            super().visit_Call(node, frame, forward_caller=forward_caller)
        elif isinstance(target, nodes.ExtensionAttribute) or _of_words(target):  # (our extensions' methods: the same)
            self.visit(target, frame)
            self._arguments(node, frame)
        elif isinstance(target, nodes.Name):
            # (the callee is read before its arguments, so a call among them that sets `_c` again changes nothing)
            self.write("(_c")
            self._arguments(node, frame)
            self.write(" if type(_c := ")
            self.visit(target, frame)
            self.write(") in _direct else context.call(_c")  # (as Jinja's own visit_Call writes it)
            loop = {"_loop_vars": "_loop_vars"} if frame.loop_frame else {}
            block = {"_block_vars": "_block_vars"} if frame.block_frame else {}
            self.signature(node, frame, {**loop, **block} or None)
            self.write("))")
        else:
            super().visit_Call(node, frame, forward_caller=forward_caller)

    def _arguments(self, node: nodes.Call, frame: Frame) -> None:
        self.write("(")
        for i, argument in enumerate([*node.args, *node.kwargs]):
            if i:
                self.write(", ")
            self.visit(argument, frame)
        self.write(")")


def _of_words(target: nodes.Expr) -> bool:
    """Whether a call's target is a method of `words` (`words.say`)."""
    return isinstance(target, nodes.Getattr) and isinstance(target.node, nodes.Name) and target.node.name == "words"


class Environment(jinja2.Environment):
    code_generator_class = _CodeGenerator

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._trees: dict[tuple[str, str | None, str | None], nodes.Template] = {}
        self._loaded: dict[str, jinja2.Template] = {}

    def get_template(self, name: str | jinja2.Template, parent: str | None = None,
                     globals: MutableMapping[str, Any] | None = None) -> jinja2.Template:
        """A template once loaded, from a plain dict: a page includes and imports a few templates many times, and
        Jinja's own cache takes a weak reference and a lock each time. (Without `auto_reload`, as in a build:
        a template is not loaded again while the environment lives.)"""
        if globals or type(name) is not str or self.auto_reload:
            return super().get_template(name, parent, globals)
        found = self._loaded.get(name)  # (by name alone: Jinja's join_path gives it as it is, whatever the parent)
        if found is None:
            found = self._loaded[name] = super().get_template(name, parent)
        return found

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        """Each template parsed once a build: compiling it and finding what it reads (keys.py) share the tree
        (compiling folds its constant expressions in place, which changes no name it reads)."""
        key = (source, name, filename)
        tree = self._trees.get(key)
        if tree is None:
            tree = self._trees[key] = super()._parse(source, name, filename)
        return tree

    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        """A template's globals as a plain dict: Jinja's ChainMap over the environment's is listed again for every
        context and import a page makes (a tenth of a card page's time). The environment's globals are all set
        before a template loads, so a copy is the same."""
        return {**self.globals, **(d or {})}


class Template(jinja2.Template):
    @classmethod
    def _from_namespace(cls, environment: jinja2.Environment, namespace: MutableMapping[str, Any],
                        globals: MutableMapping[str, Any]) -> jinja2.Template:
        namespace["escape"] = escape  # the name the compiled code outputs through
        namespace["_direct"] = _DIRECT  # what it calls straight (see visit_Call)
        return super()._from_namespace(environment, namespace, globals)


# callables that take no context, environment or eval context
_DIRECT = frozenset({Linker, Summary, jinja2.runtime.Macro})


class Context(jinja2.runtime.Context):
    def call(__self, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        if type(__obj) in _DIRECT:
            kwargs.pop("_loop_vars", None)  # what Jinja passes for a callable that takes the context
            kwargs.pop("_block_vars", None)
            return __obj(*args, **kwargs)
        return super().call(__obj, *args, **kwargs)
