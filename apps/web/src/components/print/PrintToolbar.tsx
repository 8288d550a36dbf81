/** The bar above a print page (hidden in print): back, an optional export, print. */
import type { ReactNode } from 'react';
import { Button, Space } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';

export function PrintToolbar({ back, print, extra }: { back: string; print: string; extra?: ReactNode }) {
  const navigate = useNavigate();
  return (
    <div className="no-print ps-print-toolbar">
      <Space wrap>
        <Button icon={<ArrowLeftOutlined />} style={{ minHeight: 40 }} onClick={() => navigate(-1)}>
          {back}
        </Button>
        {extra}
        <Button type="primary" icon={<PrinterOutlined />} style={{ minHeight: 40 }} onClick={() => window.print()}>
          {print}
        </Button>
      </Space>
    </div>
  );
}
