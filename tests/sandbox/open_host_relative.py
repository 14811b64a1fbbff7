# A relative path that climbs out of the world's folder finds nothing either.
open('../../../../etc/hostname')  # expect runtime error: FileNotFoundError: [Errno 2] No such file or directory: '../../../../etc/hostname'
