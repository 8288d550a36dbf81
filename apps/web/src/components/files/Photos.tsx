import { Image, Space } from 'antd';
import type { FileRef } from '@hy/contracts';

/** A record's photos as thumbnails; a tap opens the full image (swipe through the group). */
export function Photos(props: { files: FileRef[]; size?: number; testId?: string }) {
  if (!props.files.length) return null;
  const size = props.size ?? 88;
  return (
    <Image.PreviewGroup>
      <Space wrap size={8} data-testid={props.testId ?? 'photos'}>
        {props.files.map((f) => (
          <Image
            key={f.id}
            src={f.thumbUrl ?? f.url}
            preview={{ src: f.url }}
            width={size}
            height={size}
            style={{ objectFit: 'cover', borderRadius: 6 }}
            alt={f.name}
          />
        ))}
      </Space>
    </Image.PreviewGroup>
  );
}
