// The Go version inside an official golang image reference: `golang:1.22-alpine`,
// `docker.io/library/golang:1.22.5@sha256:...`, `golang:1` (the newest 1.x). Pure.

export type GolangImage =
  | { kind: 'not-golang' }
  | { kind: 'version'; version: string /** Offset of the version within the reference. */; offset: number }
  | { kind: 'floating'; tag: string; reason: string };

const GOLANG_REPOSITORY = /^(?:[^\s/]+\/)*golang$/;
// `1.22`, `1.22.5`, `1.23rc1` and a bare major `1`, each optionally followed by `-variant`.
const VERSION_TAG = /^(\d+(?:\.\d+(?:\.\d+)?(?:(?:alpha|beta|rc)\d+)?)?)(?:-|$)/;
// Tags without a version follow the newest stable release: `latest`, `alpine`, `bookworm`, ...
const STABLE_TAG = /^(?:latest|alpine[\d.]*|bookworm|bullseye|trixie|windowsservercore.*|nanoserver.*)$/;

export function readGolangImage(reference: string): GolangImage {
  const withoutDigest = reference.split('@')[0]!;
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.indexOf(':', lastSlash + 1);
  const repository = colon === -1 ? withoutDigest : withoutDigest.slice(0, colon);
  if (!GOLANG_REPOSITORY.test(repository)) return { kind: 'not-golang' };
  const tag = colon === -1 ? 'latest' : withoutDigest.slice(colon + 1);
  const version = VERSION_TAG.exec(tag);
  if (version) return { kind: 'version', version: version[1]!, offset: colon + 1 };
  if (STABLE_TAG.test(tag)) return { kind: 'version', version: 'stable', offset: colon === -1 ? 0 : colon + 1 };
  return { kind: 'floating', tag, reason: `golang:${tag} follows whatever Go the image maintainers publish under that tag` };
}
