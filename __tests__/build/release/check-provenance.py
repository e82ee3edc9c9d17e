"""Checks a provenance statement with the in-toto attestation framework's own Python bindings (PyPI
in-toto-attestation): the Statement and the SLSA Provenance v1 predicate are parsed into their
protobuf messages, which refuses unknown fields, wrong types and malformed timestamps; then the
bindings' validate() and the fields the SLSA v1 spec marks REQUIRED. Prints one verdict line."""
import json
import sys

from google.protobuf import json_format
from in_toto_attestation.predicates.provenance.v1 import provenance_pb2
from in_toto_attestation.v1 import statement_pb2
from in_toto_attestation.v1.resource_descriptor import ResourceDescriptor
from in_toto_attestation.v1.statement import Statement

with open(sys.argv[1], encoding="utf-8") as handle:
    document = json.load(handle)

statement = Statement.copy_from_pb(json_format.ParseDict(document, statement_pb2.Statement()))
statement.validate()
if statement.pb.predicate_type != "https://slsa.dev/provenance/v1":
    raise SystemExit(f"predicateType is {statement.pb.predicate_type}")

provenance = json_format.ParseDict(document["predicate"], provenance_pb2.Provenance())
definition = provenance.build_definition
for field, value in [
    ("buildDefinition.buildType", definition.build_type),
    ("buildDefinition.externalParameters", len(definition.external_parameters)),
    ("runDetails.builder.id", provenance.run_details.builder.id),
]:
    if not value:
        raise SystemExit(f"{field} is REQUIRED by SLSA Provenance v1 and missing")
for descriptor in definition.resolved_dependencies:
    ResourceDescriptor.copy_from_pb(descriptor).validate()
print(f"valid: in-toto Statement v1 with {len(statement.pb.subject)} subjects, SLSA Provenance v1 predicate, builder {provenance.run_details.builder.id}")
