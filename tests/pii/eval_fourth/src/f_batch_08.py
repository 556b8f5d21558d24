# Writer f, batch 08: notices full of example formats and public numbers, with a few real values. Hand-written. CC0 1.0.
DOCS = [
{"id": "s4-f08-001", "kind": "notice", "text": """[전입신고 온라인 작성 요령]
① 세대주 주민등록번호 13자리를 '-' 포함하여 입력 (예: {{example:900101-1234567}})
② 새 주소는 도로명주소로 입력 (예: {{example:○○시 ○○구 ○○로 123}})
③ 휴대전화는 숫자만 입력 (예: {{example:01012345678}})
④ 처리기간: 즉시 ~ {{statistic:3일}} / 확정일자는 전입신고와 동시에 신청 가능 ({{amount:600원}})
문의: 수원시 콜센터 {{public_number:1899-3300}}, 정부민원안내콜센터 {{public_number:110}}
게시일 {{date:2024-01-02}}  최종수정 {{date:2024-03-15}}"""},

{"id": "s4-f08-002", "kind": "faq", "text": """Q. 사업자등록번호는 어떻게 적나요?
A. 10자리 숫자를 {{example:000-00-00000}} 형태로 적습니다. 가운데 두 자리가 81~88이면 법인사업자(예: {{business_number:124-81-00998}}), 01~79이면 개인사업자입니다.
Q. 지원금은 어느 계좌로 받나요?
A. 대표자 본인 명의 계좌만 가능합니다. 시 세입계좌({{public_account:농협 301-0000-8877-01}})로 잘못 입금하신 경우 회계과({{public_number:031-324-2591}})로 연락주세요.
Q. 카드매출액은 어떻게 증빙하나요?
A. 카드사 또는 VAN사 매출내역서(가맹점번호 {{example:0000000000}} 표기)를 제출합니다."""},

{"id": "s4-f08-003", "kind": "license_form", "text": """운전면허 갱신(적성검사) 신청서  ※ 면허번호 기재 예: {{example:11-23-123456-78}} (지역-연도-일련번호-검증번호)
성명 [[PERSON:라명수]]    생년월일 [[BIRTH_DATE:1966.08.30]]
면허번호 [[KR_DRIVER_LICENSE:11-98-204417-26]]   면허종별 1종 보통
주소 [[KR_ADDRESS:성남시 수정구 위례광장로 104, 1208동 702호]]
갱신기간 {{date:2024.01.01 ~ 2024.12.31}}   신청일 {{date:2024.03.18}}
전화 [[PHONE_NUMBER:010-6270-3301]]"""},

{"id": "s4-f08-004", "kind": "privacy_policy", "text": """제12조 (개인정보 보호책임자)
① 시는 개인정보 처리에 관한 업무를 총괄해서 책임지고, 정보주체의 불만처리 및 피해구제를 위하여 아래와 같이 개인정보 보호책임자를 지정하고 있습니다.
 - 개인정보 보호책임자: 기획조정실장
 - 개인정보 보호담당자: 정보통신과 [[PERSON:안재형]] 주무관 (☎ [[PHONE_NUMBER:031-324-3148]], [[EMAIL_ADDRESS:ahnjh0117@korea.kr]])
② 개인정보 침해신고센터 {{public_number:118}}, 개인정보 분쟁조정위원회 {{public_number:1833-6972}}, 대검찰청 {{public_number:1301}}, 경찰청 {{public_number:182}}
본 방침은 {{date:2024년 1월 1일}}부터 시행합니다. (개정 {{date:2023. 12. 20.}})"""},

{"id": "s4-f08-005", "kind": "maintenance_notice", "text": """[시스템 점검 안내] 새올 민원처리 시스템
점검일시: {{date:2024.03.23(토)}} {{time:22:00}} ~ {{date:03.24(일)}} {{time:06:00}}
작업내용: WAS {{version:9.0.85}} → {{version:9.0.87}} 패치, 인증서(OID {{oid:1.2.410.200004.5.2.1.1}}) 갱신
점검 중 접속 허용 단말: 정보통신과 [[PERSON:조승민]] 주무관 PC ([[IP_ADDRESS:10.41.22.118]]), 민원여권과 [[PERSON:홍유나]] 주무관 PC ([[IP_ADDRESS:10.41.30.57]])
서브넷 {{subnet_mask:255.255.254.0}}
긴급연락: 유지보수업체 상황실 {{public_number:02-6925-4400}}"""},

{"id": "s4-f08-006", "kind": "volunteer_certificate", "text": """자원봉사활동 확인서 (학생)
학교명 ○○고등학교 2학년 3반 14번   학번 [[STUDENT_ID:20314]]
성명 [[PERSON:금하율]]   생년월일 [[BIRTH_DATE:2008.02.19]]
활동처 {{org_name:영통구 매탄1동 행정복지센터}}   활동내용 민원실 안내 보조
활동일 {{date:2024.01.08}}~{{date:2024.01.12}} (총 {{statistic:20시간}})
확인자 [[PERSON:옥정민]] (인)   발급번호 {{document_number:VMS-2024-0011842}}"""},

{"id": "s4-f08-007", "kind": "transit_card_notice", "text": """교통카드 잔액 환불 안내
- 환불 신청 시 카드번호 16자리를 정확히 기재하세요. (예: {{example:1010-0000-0000-0000}})
- 신용카드 후불교통 기능은 카드사로 문의 (신한 {{public_number:1544-7000}}, 국민 {{public_number:1588-1688}})
- 환불 수수료 {{amount:500원}} 공제, 잔액 {{amount:2만원}} 초과 시 계좌 입금
- 신청기한: 사용종료일로부터 {{statistic:5년}}"""},

{"id": "s4-f08-008", "kind": "correction_notice", "text": """[정정공고] 2024년 소상공인 임차료 지원 대상자 명단 정정
{{date:2024. 3. 8.}} 공고한 대상자 명단 중 아래 사항을 정정합니다.
구분 | 정정 전 | 정정 후
대표자 성명 | [[PERSON:김정운]] | [[PERSON:김정윤]]
상호 | 정운상회 | 정윤상회
사업자등록번호 | [[KR_BRN:135-19-6620?]] | [[KR_BRN:135-19-6602?]]
※ 명단은 공고일부터 {{statistic:14일}}간 게시 후 삭제합니다. 문의 지역경제과 [[PERSON:탁윤서]] 주무관 [[PHONE_NUMBER:031-228-2384]]"""},

{"id": "s4-f08-009", "kind": "sms_notice", "text": """[용인운전면허시험장] [[PERSON:방○준]]님 면허번호 [[KR_DRIVER_LICENSE:12-15-****82-31]]의 적성검사 기간이 {{date:2024.06.30}}에 만료됩니다. 기간 내 갱신하지 않으면 과태료 {{amount:3만원}}이 부과됩니다. 안전운전 {{public_number:1577-1120}}"""},

{"id": "s4-f08-010", "kind": "fine_notice", "text": """과태료 부과 사전통지서 (주정차위반)
납부자 [[PERSON:한상혁]]   차량번호 [[KR_CAR_PLATE:301두 8849]]
위반일시 {{date:2024-03-02 08:14}}   위반장소 {{place_name:동탄대로 복합문화센터 앞 버스정류장}}
부과금액 {{amount:40,000원}} (의견진술기한 {{date:2024-04-05}}까지 자진납부시 {{amount:32,000원}})
납부계좌: 수원시 가상계좌 기업 {{public_account:566-000411-23-418}} / 고지번호 {{document_number:4111-24-03-0021983}}
※ 이 고지서와 관련하여 시는 전화로 카드번호를 묻지 않습니다. 문의 {{public_number:031-5191-3471}}"""},

{"id": "s4-f08-011", "kind": "guide", "text": """외국인 주민을 위한 생활 안내 (Guide for Foreign Residents)
• Emergency 긴급: police {{public_number:112}}, fire/ambulance {{public_number:119}}, foreigner helpline {{public_number:1345}}
• Your ARC number looks like {{example:YYMMDD-5XXXXXX}} – never share it in group chats.
• Passport number example: {{example:M12345678}} (Korea), {{example:E12345678}} (China)
• City hall: {{place_name:수원시청}} (Hyowon-ro, near Suwon stadium) – Mon–Fri {{time:9:00–18:00}}
• Global center email: {{public_email:global@suwon.go.kr}}"""},

{"id": "s4-f08-012", "kind": "staff_directory", "text": """건축과 업무분장표 ({{date:2024.03.04}} 기준)
직위 | 성명 | 담당업무 | 전화
과장 | [[PERSON:석민규]] | 과 업무 총괄 | [[PHONE_NUMBER:031-324-2510]]
건축허가팀장 | [[PERSON:우혜진]] | 허가팀 총괄 | [[PHONE_NUMBER:031-324-2511]]
주무관 | [[PERSON:모승현]] | 처인구 건축허가(포곡·모현) | [[PHONE_NUMBER:031-324-2517]]
주무관 | [[PERSON:은지효]] | 위반건축물 단속 | [[PHONE_NUMBER:031-324-2519]]
※ 과 대표 {{public_number:031-324-2500}} / 팩스 {{public_number:031-324-2599}}"""},

{"id": "s4-f08-013", "kind": "certificate_request", "text": """졸업증명서 발급 대행 위임장 (전세대출 서류용)
위임인 [[PERSON:설지우]]  [[BIRTH_DATE:2000년 12월 2일]]생 / 19학번(학번 [[STUDENT_ID:1912087]]) 
수임인 [[PERSON:설태민]] (부) [[KR_RRN:691104-1******]]
위임내용: ○○대학교 졸업증명서 및 성적증명서 발급
위임일 {{date:2024.3.22}}   위임인 연락처 [[PHONE_NUMBER:010-2231-7793]]"""},
]
