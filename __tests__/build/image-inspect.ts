// What `docker buildx inspect` prints: a hosted runner's default builder (docker driver without the
// containerd image store) and a remote BuildKit.
export const DOCKER_DRIVER_INSPECT = `Name:          default
Driver:        docker
Last Activity: 2025-01-01 00:00:00 +0000 UTC

Nodes:
Name:             default
Endpoint:         default
Status:           running
BuildKit version: v0.20.2
Platforms:        linux/amd64, linux/amd64/v2, linux/386
Features:
 Automatically load images to the Docker store: true
 Cache export:                                  false
 Docker exporter:                               true
 Multi-platform build:                          false
 OCI exporter:                                  false
`;
export const REMOTE_DRIVER_INSPECT = DOCKER_DRIVER_INSPECT.replace(
  'Name:          default\nDriver:        docker',
  'Name:          ci\nDriver:        remote',
)
  .replace('Multi-platform build:                          false', 'Multi-platform build:                          true')
  .replace('OCI exporter:                                  false', 'OCI exporter:                                  true');
