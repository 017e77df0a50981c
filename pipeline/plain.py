"""Record items built without pydantic's validation where validation would pass the values through
unchanged (speed only: tasks and responsibilities are built by the thousand per archive).

`PlainItems(Model, given, sample)` is checked once, at import of the extractor that uses it: it builds
`sample` both ways and compares everything pydantic keeps (the fields, their order, which were set,
extras, private state, the JSON). A model changed since (a field, a validator, a mutable default)
turns the shortcut off and every item goes through the model. The caller still decides, per item,
whether its values are ones validation passes unchanged (types, ranges)."""
from __future__ import annotations

_new_object = object.__new__
_set = object.__setattr__
_IMMUTABLE = (str, int, float, bool, tuple, type(None))


class PlainItems:
    def __init__(self, model, given: tuple[str, ...], sample: tuple):
        self.model = model
        self.given = given
        self.fields_set = frozenset(given)
        # every field in the model's order with its default; the given ones are overwritten per item
        self.defaults = {name: field.default for name, field in model.model_fields.items()}
        self.ok = self._agrees(sample)

    def build(self, *values):
        """`model(**dict(zip(given, values)))` without validation (only when `self.ok`)."""
        values_by_field = dict(self.defaults)
        values_by_field.update(zip(self.given, values))
        item = _new_object(self.model)
        _set(item, "__dict__", values_by_field)
        _set(item, "__pydantic_fields_set__", set(self.fields_set))
        _set(item, "__pydantic_extra__", None)
        _set(item, "__pydantic_private__", None)
        return item

    def _agrees(self, sample: tuple) -> bool:
        try:
            if not all(isinstance(self.defaults[n], _IMMUTABLE) for n in self.defaults if n not in self.fields_set):
                return False  # a shared mutable default would be one object for every item
            a = self.model(**dict(zip(self.given, sample)))
            b = self.build(*sample)
            return (a.__dict__ == b.__dict__ and list(a.__dict__) == list(b.__dict__)
                    and a.model_fields_set == b.model_fields_set
                    and a.__pydantic_extra__ == b.__pydantic_extra__ and a.__pydantic_private__ == b.__pydantic_private__
                    and a.model_dump_json() == b.model_dump_json() and a == b)
        except Exception:  # noqa: BLE001 (any surprise: the model's own constructor)
            return False
